// accept: labelled function declaration in sloppy code
a: function f() {}
b: c: function g() {}
