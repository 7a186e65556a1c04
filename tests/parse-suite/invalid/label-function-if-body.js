// reject: label: labelled function as an if body (IsLabelledFunction)
if (x) a: function f() {}
