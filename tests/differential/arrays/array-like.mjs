const like = { 0: "a", 1: "b", length: 2 };
console.log(Array.prototype.join.call(like, "+"), Array.prototype.map.call(like, (x) => x.toUpperCase()).join());
console.log(Array.from(like).join(), Array.prototype.slice.call("xyz").join(), Array.prototype.indexOf.call("abc", "c"));
function f() { return Array.prototype.slice.call(arguments, 1); }
console.log(JSON.stringify(f(1, 2, 3)));
