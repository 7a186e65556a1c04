const out = [];
for (const x of [1, 2, 3]) out.push(x);
for (const ch of "ab") out.push(ch);
for (const [k, v] of new Map([["m", 1]])) out.push(k + v);
for (const s of new Set(["s1", "s1", "s2"])) out.push(s);
console.log(out.join());
const arr = [1, 2, 3];
for (let x of arr) { x *= 10; }
console.log(arr.join());
let last;
for (last of [7, 8, 9]);
console.log(last);
