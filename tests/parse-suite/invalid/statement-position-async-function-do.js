// reject: statement position: async function declaration as a do-while body
do async function f() {} while (0);
