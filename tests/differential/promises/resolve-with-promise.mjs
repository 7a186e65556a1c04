const log = [];
const inner = Promise.resolve("inner");
new Promise((r) => r(inner)).then((v) => log.push("resolved-with-promise:" + v));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4"));
console.log(Promise.resolve(inner) === inner, new Promise((r) => r(inner)) === inner);
setTimeout(() => { console.log(log.join(" ")); console.log("done"); }, 0);
