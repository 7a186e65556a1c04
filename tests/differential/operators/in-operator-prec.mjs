const o = { a: 1 };
console.log("a" in o, !("b" in o), "toString" in o, 0 in [5], 1 in [5], "length" in []);
console.log(("a" in o) === true, typeof ("a" in o));
class C { #p = 1; static has(x) { return #p in x; } }
console.log(C.has(new C()), C.has({}));
