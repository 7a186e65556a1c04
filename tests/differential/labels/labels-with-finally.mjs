const log = [];
outer: for (let i = 0; i < 3; i++) {
  try { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; log.push(`${i}${j}`); } }
  finally { log.push("f" + i); }
}
console.log(log.join());
function r() { l: try { break l; } finally { log.push("fin-block"); } return "done"; }
console.log(r(), log.at(-1));
console.log(log.length, log.filter((x) => x.startsWith("f")).join());
