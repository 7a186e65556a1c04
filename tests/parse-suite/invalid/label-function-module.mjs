// reject: label: labelled function declaration in a module
a: function f() {}
