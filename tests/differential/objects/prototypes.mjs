const base = { greet() { return "hi " + this.name; } };
const o = Object.create(base, { name: { value: "o", enumerable: true } });
console.log(o.greet(), Object.getPrototypeOf(o) === base, base.isPrototypeOf(o), o.hasOwnProperty("greet"));
const bare = Object.create(null);
bare.x = 1;
console.log(typeof bare.toString, Object.keys(bare).join(), "x" in bare);
Object.setPrototypeOf(bare, base); bare.name = "bare";
console.log(bare.greet());
console.log(Object.hasOwn(o, "name"), Object.hasOwn(o, "greet"));
