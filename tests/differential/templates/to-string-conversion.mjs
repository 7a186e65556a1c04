const obj = { toString() { return "TS"; }, valueOf() { return "VO"; } };
console.log(`${obj}`, obj + "", String(obj));
const sym = Symbol("s");
try { `${sym}`; } catch (e) { console.log(e.name); }
console.log(`${sym.toString()}`, `${sym.description}`);
console.log(`${[1, [2, 3]]}`, `${{ [Symbol.toPrimitive]: () => "prim" }}`);
