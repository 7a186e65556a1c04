const log = [];
function f() { try { log.push("try"); return "t"; } finally { log.push("finally"); } }
console.log(f(), log.join());
function g() { try { throw 1; } catch (e) { log.push("catch"); return "c"; } finally { log.push("fin2"); } }
console.log(g(), log.join());
function h() { try { return "try"; } finally { return "finally wins"; } }
console.log(h());
function k() { try { throw new Error("lost"); } finally { return "swallowed"; } }
console.log(k());
