// accept: await as an identifier in a script
var await = 1
await = 2
function await2(await) { return await }
await: ;
async function f() { function g() { var await } }
