const steps = [1, 2, 3, 4];
const log = [];
const result = await steps.reduce((p, s) => p.then(async (acc) => { log.push("step" + s); await null; return acc + s; }), Promise.resolve(0));
console.log(result, log.join());
const mapped = await Promise.all(steps.map(async (s, i) => { await null; log.push("par" + i); return s * s; }));
console.log(mapped.join(), log.slice(4).join());
console.log(log.length, await [1, 2].reduce(async (acc, x) => (await acc) * 10 + x, 0));
