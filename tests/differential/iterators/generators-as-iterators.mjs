const obj = { data: [3, 1, 2], *[Symbol.iterator]() { yield* [...this.data].sort(); } };
console.log([...obj].join(), obj.data.join());
const entries = { a: 1, b: 2, *[Symbol.iterator]() { for (const k of Object.keys(this)) yield [k, this[k]]; } };
console.log(JSON.stringify(Object.fromEntries(entries)), new Map(entries).size);
console.log(JSON.stringify([...entries]));
