class P { constructor(...args) { this.args = args; } }
console.log(JSON.stringify(new P(...[1, 2], ...["a"]).args));
const bound = P.bind(null, "bound");
console.log(JSON.stringify(new bound(...[1]).args));
console.log(JSON.stringify(Reflect.construct(P, [3, 4]).args), JSON.stringify(Reflect.apply(Math.max, null, [1, 8, 2])));
