console.log("[" + "5".padStart(3, "0") + "]", "[" + "abc".padEnd(6, "12") + "]", "[" + "abc".padStart(2) + "]");
console.log("[" + "  x  ".trim() + "]", "[" + "  x  ".trimStart() + "]", "[" + "  x  ".trimEnd() + "]");
console.log("[" + "\t\n\u00a0\ufeffy\u2028".trim() + "]");
console.log("ab".repeat(3), "x".repeat(0) === "", "-".repeat(10));
try { "a".repeat(-1); } catch (e) { console.log(e.name); }
