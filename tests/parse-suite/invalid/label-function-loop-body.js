// reject: label: labelled function as a loop body (IsLabelledFunction, even in sloppy code)
while (0) a: function f() {}
