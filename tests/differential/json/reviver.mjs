const text = '{"a":1,"b":{"c":2,"d":[3,4]},"date":"2020-01-01"}';
const log = [];
const r = JSON.parse(text, function (k, v) { log.push(k || "(root)"); return typeof v === "number" ? v + 100 : v; });
console.log(JSON.stringify(r));
console.log(log.join());
console.log(JSON.stringify(JSON.parse(text, (k, v) => (k === "b" ? undefined : v))));
