let out = [];
for (const c of "héllo😀") out.push(c);
console.log(out.join(","), out.length);
const it = "ab"[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Array.from("abc", (c, i) => c + i).join());
