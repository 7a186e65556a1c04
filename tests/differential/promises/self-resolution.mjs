let resolveSelf;
const p = new Promise((r) => { resolveSelf = r; });
resolveSelf(p);
try { await p; } catch (e) { console.log(e.name); }
const chained = Promise.resolve().then(() => chained);
try { await chained; } catch (e) { console.log(e.name); }
console.log("done");
