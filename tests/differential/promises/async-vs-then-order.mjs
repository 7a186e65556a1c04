const log = [];
async function f() { log.push("f start"); await undefined; log.push("f after await"); return "f"; }
async function g() { log.push("g start"); return Promise.resolve("g"); }
f().then((v) => log.push("f then " + v));
g().then((v) => log.push("g then " + v));
Promise.resolve().then(() => log.push("m1")).then(() => log.push("m2")).then(() => log.push("m3")).then(() => log.push("m4"));
log.push("sync");
setTimeout(() => { for (const l of log) console.log(l); }, 0);
