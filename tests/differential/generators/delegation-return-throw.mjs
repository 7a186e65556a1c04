function* inner() { try { yield 1; yield 2; } finally { console.log("inner cleanup"); } }
function* outer() { try { yield* inner(); } finally { console.log("outer cleanup"); } }
const a = outer(); a.next();
console.log(JSON.stringify(a.return("R")));
function* innerCatch() { try { yield 1; } catch (e) { yield "inner caught " + e; } }
function* outer2() { yield* innerCatch(); yield "after"; }
const b = outer2(); b.next();
console.log(JSON.stringify(b.throw("X")), JSON.stringify(b.next()));
