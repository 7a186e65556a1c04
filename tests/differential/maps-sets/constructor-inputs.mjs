console.log(new Map(Object.entries({ a: 1, b: 2 })).get("b"), new Map(new Map([[1, 2]])).get(1), new Map(null).size, new Set(undefined).size);
try { new Map([1, 2]); } catch (e) { console.log(e.name); }
try { Map(); } catch (e) { console.log(e.name); }
function* pairs() { yield ["g", 1]; yield ["h", 2]; }
console.log(JSON.stringify([...new Map(pairs())]), new Set("aab").size);
