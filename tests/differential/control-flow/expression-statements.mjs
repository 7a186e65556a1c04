let a = 0;
a++, a++, a += 10;
console.log(a);
const r = [1, 2, 3].map((x) => { if (x > 1) return x * 2; });
console.log(JSON.stringify(r));
let s = "";
for (const c of "abc") s = c + s;
console.log(s);
console.log((() => { try { return "try"; } finally { s = "finally ran"; } })(), s);
