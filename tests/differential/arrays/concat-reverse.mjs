const a = [1, 2];
console.log(JSON.stringify(a.concat(3, [4, 5], [[6]])), JSON.stringify(a));
const r = [1, 2, 3]; r.reverse(); console.log(r.join());
const spreadable = { length: 2, 0: "x", 1: "y", [Symbol.isConcatSpreadable]: true };
console.log(JSON.stringify([0].concat(spreadable)));
console.log(String([1, [2, [3, [4]]]]), [1, 2] + "", [] + 1, [null] + "", [undefined, null].toString());
