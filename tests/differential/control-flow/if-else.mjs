function classify(n) { if (n < 0) return "neg"; else if (n === 0) return "zero"; else if (n < 10) { return "small"; } else return "big"; }
console.log([-5, 0, 3, 42, NaN].map(classify).join());
let x = 0;
if (x) x = 1; else if (!x) x = 2;
console.log(x);
if (true) { const scoped = 1; } console.log(typeof scoped);
