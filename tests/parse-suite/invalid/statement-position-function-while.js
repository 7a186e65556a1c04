// reject: statement position: function declaration as a while body (always an error)
while (0) function f() {}
