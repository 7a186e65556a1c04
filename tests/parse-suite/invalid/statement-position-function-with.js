// reject: statement position: function declaration as a with body
with (a) function f() {}
