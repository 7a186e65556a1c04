const o = new String("hi");
console.log(typeof o, typeof String("hi"), o == "hi", o === "hi", o.length, Object.keys(o).join());
console.log(JSON.stringify(Object.getOwnPropertyNames(o)), o[1], 1 in o, "length" in o);
console.log(String(null), String(undefined), String(true), String([1, [2, 3]]), String(Symbol("s")));
