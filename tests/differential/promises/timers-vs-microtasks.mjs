const log = [];
setTimeout(() => { log.push("t1"); Promise.resolve().then(() => log.push("t1-micro")); }, 0);
setTimeout(() => log.push("t2"), 0);
Promise.resolve().then(() => { log.push("m1"); setTimeout(() => log.push("t3-from-micro"), 0); });
await new Promise((r) => setTimeout(r, 0));
await new Promise((r) => setTimeout(r, 0));
console.log(log.join(" "));
console.log(log.length);
console.log(log[0]);
