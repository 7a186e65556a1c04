function* g(name) { try { yield 1; yield 2; yield 3; } finally { console.log("cleanup", name); } }
for (const x of g("break")) { if (x === 2) break; }
try { for (const x of g("throw")) { throw new Error("inside"); } } catch (e) { console.log(e.message); }
function f() { for (const x of g("return")) return x; }
console.log(f());
for (const x of g("complete"));
