// reject: statement position: function declaration as a do-while body
do function f() {} while (0);
