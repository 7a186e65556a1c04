function describe(v) {
  if (v === null) return "null";
  switch (typeof v) { case "object": return Array.isArray(v) ? "array" : "object"; case "function": return "fn"; default: return typeof v; }
}
console.log([null, [], {}, () => 1, 1, "s", undefined, 1n, Symbol()].map(describe).join());
console.log(typeof null === "object", typeof [] === typeof {}, typeof NaN);
console.log(typeof new String("") === "object");
