const log = [];
async function a() { log.push("a1"); await null; log.push("a2"); await null; log.push("a3"); }
async function b() { log.push("b1"); await null; log.push("b2"); }
a(); b();
log.push("sync");
Promise.resolve().then(() => log.push("then1")).then(() => log.push("then2"));
setTimeout(() => { console.log(log.join(" ")); console.log(log.length); console.log("timeout last"); }, 0);
