// reject: statement position: function declaration as a for-in body
for (x in y) function f() {}
