const fns = { double: (x) => x * 2 };
const names = ["double", "triple"];
for (const n of names) console.log(n, fns[n]?.(5) ?? "missing");
const maybe = typeof Math === "undefined" ? null : { f: () => "present" };
console.log(maybe?.f?.());
const chain = { a() { return { b() { return null; } }; } };
console.log(chain.a().b()?.c, chain.a?.().b?.()?.c?.d);
