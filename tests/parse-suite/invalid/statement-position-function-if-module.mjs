// reject: statement position: function declaration as an if body in a module
if (a) function f() {}
