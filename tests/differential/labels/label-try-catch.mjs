const log = [];
outer: for (const v of [1, 2, 3]) {
  try { if (v === 2) throw new Error("two"); log.push("ok" + v); }
  catch (e) { log.push("caught " + e.message); continue outer; }
  finally { log.push("fin" + v); }
  log.push("tail" + v);
}
console.log(log.join(" | "));
function g() { t: try { return "try"; } finally { break t; } return "after label"; }
console.log(g());
console.log(log.length);
