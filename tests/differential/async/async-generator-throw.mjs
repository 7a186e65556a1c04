async function* g() { try { yield 1; yield 2; } catch (e) { yield "caught " + e; } finally { console.log("cleanup"); } }
const it = g();
console.log(JSON.stringify(await it.next()));
console.log(JSON.stringify(await it.throw("X")));
console.log(JSON.stringify(await it.next()));
async function* bad() { throw new Error("gen error"); }
try { for await (const x of bad()) console.log(x); } catch (e) { console.log(e.message); }
