const v = await Promise.resolve("passthrough").then(null).then(undefined, 5).then("str");
console.log(v);
const e = await Promise.reject(new Error("passes")).then(() => "no").catch(null).catch((x) => x.message);
console.log(e);
console.log(typeof Promise.prototype.then, Promise.length, Promise.name);
