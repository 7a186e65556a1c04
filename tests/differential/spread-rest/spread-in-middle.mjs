const mid = [2, 3];
const f = (a, b, c, d, e) => [a, b, c, d, e].map(String).join("|");
console.log(f(1, ...mid, 4), f(...mid, ...mid), f(0, ...[], 1));
console.log(JSON.stringify([0, ...mid, ...mid.map((x) => x * 10), 99]));
console.log(String.fromCharCode(...[104, 105]));
