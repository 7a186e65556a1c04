class Base { get value() { return "base:" + this.tag; } }
class Mid extends Base { }
class Leaf extends Mid { get value() { return "leaf>" + super.value; } }
const l = new Leaf(); l.tag = "L";
console.log(l.value, new Mid().value);
Object.defineProperty(l, "value", { value: "own data property", enumerable: true });
console.log(l.value, Object.keys(l).join());
const plain = Object.create(Leaf.prototype);
console.log(plain.value, "value" in plain, Object.hasOwn(plain, "value"));
