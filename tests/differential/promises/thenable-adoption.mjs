const log = [];
const thenable = { then(res) { log.push("then invoked"); res("adopted"); } };
Promise.resolve(thenable).then((v) => log.push(v));
log.push("sync after resolve");
const getterThen = { get then() { log.push("then getter"); return undefined; } };
Promise.resolve(getterThen).then((v) => log.push("plain object " + (v === getterThen)));
const throwingThen = { get then() { throw new Error("then getter threw"); } };
Promise.resolve(throwingThen).catch((e) => log.push(e.message));
setTimeout(() => console.log(log.join("\n")), 0);
