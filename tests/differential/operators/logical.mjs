console.log(0 || "a", "" || null, 1 && "b", 0 && "b", null ?? 0, undefined ?? null, false ?? 1);
const calls = [];
const f = (n, v) => { calls.push(n); return v; };
f("a", 0) && f("b", 1); f("c", 1) || f("d", 1); f("e", null) ?? f("f", 2); f("g", 0) ?? f("h", 2);
console.log(calls.join(""));
console.log((null || undefined) ?? "x", (0 || null) ?? "y");
