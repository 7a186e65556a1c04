const a = [1, 2, 3, 4, 5, 6];
console.log(a.map((x) => x * x).join(), a.filter((x) => x % 2).join(), a.reduce((s, x) => s + x, 0), a.reduceRight((s, x) => s + x, ""));
console.log(a.find((x) => x > 3), a.findIndex((x) => x > 3), a.findLast((x) => x < 3), a.findLastIndex((x) => x > 10));
console.log(a.some((x) => x > 5), a.every((x) => x > 0), [].every(() => false), [].some(() => true));
try { [].reduce((s, x) => s + x); } catch (e) { console.log(e.name); }
console.log(JSON.stringify([[1, 2], [3, [4, [5]]]].flat()), JSON.stringify([[1, [2, [3]]]].flat(Infinity)), JSON.stringify([1, 2].flatMap((x) => [x, x * 10])));
