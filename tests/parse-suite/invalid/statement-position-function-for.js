// reject: statement position: function declaration as a for body
for (;;) function f() {}
