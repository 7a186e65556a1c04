const k = "dyn";
const x = 1;
const o = { x, [k + "1"]: 2, "quoted key": 3, 42: 4, m() { return this.x; }, get g() { return 5; }, __proto__: { inherited: 6 } };
console.log(JSON.stringify(o), o.m(), o.g, o.inherited, Object.keys(o).join());
const p = { "__proto__": 1 };
console.log(Object.getPrototypeOf(p) === Object.prototype);
const q = { ["__proto__"]: 1 };
console.log(Object.keys(q).join(), Object.getPrototypeOf(q) === Object.prototype);
