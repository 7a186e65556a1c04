const base = { a: 1, b: 2 };
console.log(JSON.stringify({ ...base, b: 3 }), JSON.stringify({ b: 3, ...base }), JSON.stringify({ ...null, ...undefined, ...1, ..."ab" }));
console.log(JSON.stringify({ ...[5, 6] }), JSON.stringify({ ...{ get g() { return "evaluated"; } } }));
const proto = Object.create({ inherited: 1 }); proto.own = 2;
console.log(JSON.stringify({ ...proto }));
