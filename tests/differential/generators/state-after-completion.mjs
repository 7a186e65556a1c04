function* g() { yield 1; throw new Error("inside"); }
const it = g();
console.log(JSON.stringify(it.next()));
try { it.next(); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(it.next()), JSON.stringify(it.return(5)));
try { it.throw(new Error("after done")); } catch (e) { console.log(e.message); }
