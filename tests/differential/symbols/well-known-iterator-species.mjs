class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const m = MyArr.of(1, 2, 3);
console.log(m instanceof MyArr, m.map((x) => x) instanceof MyArr, m.filter(Boolean).constructor === Array);
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values, Symbol.species.toString());
