console.log([10, 9, 1, 100, 25].sort().join(), [10, 9, 1, 100, 25].sort((x, y) => x - y).join());
console.log(["b", undefined, "a", , "c"].sort().length, JSON.stringify(["b", undefined, "a", "c"].sort()));
const people = [{ n: "a", g: 2 }, { n: "b", g: 1 }, { n: "c", g: 2 }, { n: "d", g: 1 }, { n: "e", g: 2 }];
console.log(people.sort((x, y) => x.g - y.g).map((p) => p.n).join());
const orig = [3, 1, 2]; const sorted = orig.toSorted(); console.log(orig.join(), sorted.join());
console.log([3, 1, 2].toReversed().join(), [1, 2, 3].with(1, 9).join(), [1, 2, 3, 4].toSpliced(1, 2).join());
