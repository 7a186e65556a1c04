let i = 0;
console.log(i++, i, ++i, i, i--, i, --i, i);
let s = "5"; s++; console.log(s, typeof s);
let n = null; n++; console.log(n);
let u; u++; console.log(u);
const o = { v: 1 }; o.v++; ++o["v"]; console.log(o.v);
const arr = [1, 2]; let k = 0; arr[k++] += 10; console.log(JSON.stringify(arr), k);
