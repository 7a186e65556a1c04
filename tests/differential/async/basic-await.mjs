async function f() { return 1; }
async function g() { const a = await f(); const b = await 2; const c = await Promise.resolve(3); return a + b + c; }
console.log(typeof f().then, f() instanceof Promise);
g().then((v) => console.log("sum", v));
console.log("sync end");
