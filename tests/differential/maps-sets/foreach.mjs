const m = new Map([["x", 1], ["y", 2]]);
const log = [];
m.forEach((v, k, map) => log.push(`${k}=${v}:${map === m}`));
new Set(["p"]).forEach((v, k, set) => log.push(`${v}/${k}:${set.size}`));
console.log(log.join(" "));
console.log(m.entries().next().value.join(), typeof m[Symbol.iterator], m[Symbol.iterator] === m.entries);
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
