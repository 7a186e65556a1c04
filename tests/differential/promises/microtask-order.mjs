const log = [];
Promise.resolve().then(() => { log.push("p1"); Promise.resolve().then(() => log.push("p1-nested")); }).then(() => log.push("p1-then"));
Promise.resolve().then(() => log.push("p2")).then(() => log.push("p2-then"));
queueMicrotask(() => log.push("qm"));
setTimeout(() => log.push("timeout"), 0);
log.push("sync");
setTimeout(() => { console.log(log.join(" ")); console.log(log.length); console.log(log.indexOf("timeout")); }, 0);
