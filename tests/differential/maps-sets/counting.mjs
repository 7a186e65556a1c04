const text = "the quick brown fox jumps over the lazy dog the end";
const freq = new Map();
for (const w of text.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log(JSON.stringify([...freq]));
console.log([...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([w, c]) => w + ":" + c).join());
console.log(JSON.stringify(Object.fromEntries(freq)).length);
