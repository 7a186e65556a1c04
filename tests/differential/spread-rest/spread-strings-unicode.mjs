const s = "a😀b\u0301";
console.log([...s].length, s.length, JSON.stringify([...s].map((c) => c.length)));
console.log([..."日本語"].reverse().join(""));
console.log(JSON.stringify({ ..."xy" }));
