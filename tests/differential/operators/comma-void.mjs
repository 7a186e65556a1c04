let x = (1, 2, 3);
console.log(x, void 0, void "hi", typeof void 0);
let i = 0, j = 10;
for (; i < j; i++, j--);
console.log(i, j);
console.log((() => (x++, x++, x))());
