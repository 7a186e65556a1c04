const log = [];
async function returnsValue() { return "v"; }
async function returnsPromise() { return Promise.resolve("p"); }
async function awaitsPromise() { return await Promise.resolve("a"); }
returnsPromise().then(() => log.push("returnsPromise"));
awaitsPromise().then(() => log.push("awaitsPromise"));
returnsValue().then(() => log.push("returnsValue"));
let t = 0;
const tick = () => { log.push("tick" + ++t); if (t < 5) Promise.resolve().then(tick); };
Promise.resolve().then(tick);
setTimeout(() => { for (const l of log) console.log(l); }, 0);
