console.log(JSON.stringify({ a: [], b: {}, c: [[]], d: [{}] }, null, 1));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify({ a: undefined }, null, 2), JSON.stringify([undefined], null, 2));
