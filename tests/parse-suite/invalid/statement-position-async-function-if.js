// reject: statement position: async function declaration as an if body (Annex B covers only plain functions)
if (a) async function f() {}
