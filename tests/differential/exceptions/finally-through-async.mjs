const log = [];
async function f(kind) {
  try { await null; if (kind === "throw") throw new Error("async-throw"); return "ret"; }
  finally { await null; log.push("finally " + kind); }
}
console.log(await f("ok"));
try { await f("throw"); } catch (e) { console.log(e.message); }
console.log(log.join(" | "));
async function override() { try { throw new Error("x"); } finally { return "finally value"; } }
console.log(await override());
