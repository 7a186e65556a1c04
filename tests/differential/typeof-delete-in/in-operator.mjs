const o = { a: undefined };
console.log("a" in o, "b" in o, "toString" in o, "hasOwnProperty" in Object.create(null));
const arr = [, 1];
console.log(0 in arr, 1 in arr, "1" in arr, "length" in arr, 2 in arr);
const s = Symbol("s");
console.log(s in { [s]: 1 }, "size" in new Map());
try { "x" in "string"; } catch (e) { console.log(e.name); }
try { "x" in null; } catch (e) { console.log(e.name); }
