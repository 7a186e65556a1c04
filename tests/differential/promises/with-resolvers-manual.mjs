function deferred() { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; }
const d = deferred();
const log = [];
d.promise.then((v) => log.push("got " + v));
log.push("before resolve");
d.resolve(42);
log.push("after resolve");
await d.promise;
log.push("awaited");
console.log(log.join("\n"));
