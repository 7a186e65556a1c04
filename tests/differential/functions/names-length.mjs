function decl(a, b) {}
const anon = function () {};
const arrow = (x) => x;
const named = function inner() {};
const o = { m() {}, ["c" + 1]: () => 0, get acc() { return 1; } };
console.log(decl.name, anon.name, arrow.name, named.name, o.m.name, o.c1.name);
console.log(Object.getOwnPropertyDescriptor(o, "acc").get.name, decl.length, arrow.length);
const bound = decl.bind(null, 1);
console.log(bound.name, bound.length, (class Foo {}).name, (class {}).name === "");
const s = Symbol("sym"); const os = { [s]() {} };
console.log(os[s].name);
