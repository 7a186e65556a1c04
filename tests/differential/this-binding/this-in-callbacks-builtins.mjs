const ctx = { mult: 3 };
console.log([1, 2].map(function (x) { return x * this.mult; }, ctx).join());
console.log([1, 2].filter(function (x) { return x === this.mult - 2; }, ctx).join());
const results = [];
[5].forEach(function () { results.push(this === undefined); });
new Set([1]).forEach(function () { results.push(this.mult); }, ctx);
console.log(results.join());
console.log(Array.from([1, 2], function (x) { return x + this.mult; }, ctx).join());
