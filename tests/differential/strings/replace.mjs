console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "a.b.c".replaceAll(".", "/"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "x".replace("x", "$&$&"), "abc".replace("b", "$`|$'"));
console.log("abc".replace("b", (m, off, str) => `[${m}${off}${str}]`), "price: $5".replace("$5", "$$10"));
console.log("aXbXc".replace(/x/gi, (m) => m.toLowerCase()));
