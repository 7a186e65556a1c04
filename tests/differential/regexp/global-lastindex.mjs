const r = /o/g;
const out = [];
let m;
while ((m = r.exec("foo boo")) !== null) out.push(m.index + ":" + r.lastIndex);
console.log(out.join(), r.lastIndex);
const t = /a/g;
console.log(t.test("aa"), t.lastIndex, t.test("aa"), t.lastIndex, t.test("aa"), t.lastIndex);
const y = /a/y;
console.log(y.test("ba"), (y.lastIndex = 1, y.test("ba")));
