const o = { a: 1, b: 2 };
console.log(delete o.a, "a" in o, delete o.missing, delete o["b"], Object.keys(o).length);
const frozen = Object.freeze({ x: 1 });
try { delete frozen.x; } catch (e) { console.log(e.name); }
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, JSON.stringify(arr));
try { delete arr.length; } catch (e) { console.log(e.name); }
console.log(delete 5, delete o.nothing);
try { delete "str".length; } catch (e) { console.log(e.name); }
