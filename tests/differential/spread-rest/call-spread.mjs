function f(...args) { return args.length + ":" + args.join(); }
console.log(f(...[1, 2], 3, ...[4]), f(..."ab"), f(...[]), Math.max(...[3, 9, 2]), Math.min(...[]));
const big = Array.from({ length: 10000 }, (_, i) => i);
console.log(Math.max(...big), f(...big.slice(0, 3)));
console.log(String.prototype.concat.call(...["a", "b", "c"]), String(new Array(...[3])).length);
