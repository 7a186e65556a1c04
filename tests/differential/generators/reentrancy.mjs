let it;
function* g() { try { it.next(); } catch (e) { yield e.name; } }
it = g();
console.log(JSON.stringify(it.next()));
function* args() { yield arguments.length; yield arguments[1]; }
console.log([...args("a", "b", "c")].join());
function* thisGen() { yield this?.tag; }
console.log(thisGen.call({ tag: "T" }).next().value);
