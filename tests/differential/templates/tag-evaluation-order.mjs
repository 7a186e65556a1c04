const log = [];
const v = (x) => (log.push(x), x);
function tag(s, ...vals) { log.push("tag"); return vals.join(); }
console.log(tag`${v(1)}${v(2)}${v(3)}`, log.join());
const getTag = () => (log.push("getTag"), tag);
log.length = 0;
getTag()`${v("a")}`;
console.log(log.join());
log.length = 0; const r2 = tag`plain`; console.log(JSON.stringify(r2), log.join());
