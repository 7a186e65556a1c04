console.log(JSON.stringify([1, 2, 3, 4, 5].copyWithin(0, 3)), JSON.stringify([1, 2, 3, 4, 5].copyWithin(1, 0, 2)));
console.log(JSON.stringify(new Array(4).fill("z", 1, 3)), JSON.stringify([1, 2, 3].fill(0, -1)));
const shared = new Array(2).fill([]); shared[0].push(1); console.log(JSON.stringify(shared));
console.log(JSON.stringify(Array.from({ length: 3 }, (_, i) => i * 2)), JSON.stringify(Array.from({ length: 2, 0: "a", 1: "b" })));
