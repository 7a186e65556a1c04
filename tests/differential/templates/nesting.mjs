const items = ["a", "b"];
console.log(`<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`);
const depth = (n) => n === 0 ? "x" : `(${depth(n - 1)})`;
console.log(depth(4));
console.log(`${`${`${"deep"}`}`}`, `a${`b${`c`}`}d`);
