const log = [];
class A {
  static x = 1;
  static { log.push("block1 x=" + this.x); this.y = this.x + 1; }
  static z = A.y * 10;
  static { log.push("block2 z=" + A.z); }
}
console.log(log.join("; "), A.y, A.z);
class B extends A { static { log.push("B sees " + super.constructor.name + " " + this.x); } }
console.log(log.at(-1), B.x, Object.hasOwn(B, "x"));
class E { static #p = 1; static { E.seen = E.#p + 1; } }
console.log(E.seen);
