const [a, , b, ...c] = [1, 2, 3];
console.log(a, b, JSON.stringify(c));
const [...all] = "héllo";
console.log(all.length, all.join("."));
const { ...copy } = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } });
console.log(JSON.stringify(copy));
const [x = 1, y = 2] = [, 20];
console.log(x, y);
