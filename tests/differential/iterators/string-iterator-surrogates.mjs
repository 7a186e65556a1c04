const s = "a\ud83d\ude00\ud800b\udc00";
const parts = [...s].map((c) => c.length + ":" + c.codePointAt(0).toString(16));
console.log(parts.join(" "));
console.log([...s].length, s.length);
console.log(Array.from("👨‍👩‍👧").length, "👨‍👩‍👧".length);
