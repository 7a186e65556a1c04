// reject: statement position: async function declaration as a while body
while (0) async function f() {}
