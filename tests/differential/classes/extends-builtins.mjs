class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const m = MyArr.from([1, 2, 3]);
console.log(m.sum(), m.length, m instanceof Array, m instanceof MyArr, m.map((x) => x * 2) instanceof MyArr);
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
const e = new MyErr("boom");
console.log(e.message, e.name, e instanceof Error, String(e));
class MyMap extends Map { getOr(k, d) { return this.has(k) ? this.get(k) : d; } }
console.log(new MyMap([[1, "a"]]).getOr(2, "dflt"));
