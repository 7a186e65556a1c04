function* zip(...its) { const iters = its.map((i) => i[Symbol.iterator]()); while (true) { const rs = iters.map((i) => i.next()); if (rs.some((r) => r.done)) return; yield rs.map((r) => r.value); } }
function* chain(...its) { for (const i of its) yield* i; }
console.log(JSON.stringify([...zip([1, 2, 3], "ab", new Set([true, false, null]))]));
console.log([...chain([1], "xy", new Set([2]))].join());
function* enumerate(it, start = 0) { for (const x of it) yield [start++, x]; }
console.log(JSON.stringify([...enumerate("abc", 1)]));
