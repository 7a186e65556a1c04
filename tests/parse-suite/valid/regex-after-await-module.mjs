// accept: await /x/ at the top level of a module
await /x/
async function f() { await /y/g }
