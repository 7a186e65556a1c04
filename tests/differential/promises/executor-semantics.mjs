const log = [];
const p = new Promise((resolve, reject) => { log.push("executor sync"); resolve("first"); resolve("second"); reject(new Error("ignored")); log.push("after resolve"); });
p.then((v) => log.push("value " + v));
const q = new Promise(() => { throw new Error("executor threw"); });
q.catch((e) => log.push("caught " + e.message));
const r = new Promise((res) => { res("ok"); throw new Error("ignored after resolve"); });
r.then((v) => log.push("r " + v));
log.push("sync end");
setTimeout(() => console.log(log.join("\n")), 0);
