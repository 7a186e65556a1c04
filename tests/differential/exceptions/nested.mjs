const log = [];
try {
  try { throw new Error("inner"); }
  catch (e) { log.push("caught " + e.message); throw new Error("rethrown"); }
  finally { log.push("inner finally"); }
} catch (e) { log.push("outer caught " + e.message); } finally { log.push("outer finally"); }
console.log(log.join(" | "));
function deep(n) { if (n === 0) throw new RangeError("bottom"); try { return deep(n - 1); } finally { log.push("unwind" + n); } }
try { deep(3); } catch (e) { console.log(e.name, log.slice(-3).join()); }
console.log(log.length);
