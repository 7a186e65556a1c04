const splitter = { [Symbol.split](s, lim) { return s.split("").reverse().slice(0, lim); } };
console.log("abc".split(splitter).join(), "abcd".split(splitter, 2).join());
const searcher = { [Symbol.search](s) { return s.indexOf("z"); } };
console.log("xyz".search(searcher));
const replacer = { [Symbol.replace](s, r) { return s.toUpperCase() + r; } };
console.log("abc".replace(replacer, "!"));
