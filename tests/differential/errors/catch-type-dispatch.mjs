function risky(kind) { if (kind === 1) throw new TypeError("t"); if (kind === 2) throw new RangeError("r"); if (kind === 3) throw "str"; return "fine"; }
for (const k of [0, 1, 2, 3]) {
  try { console.log(risky(k)); }
  catch (e) { if (e instanceof TypeError) console.log("type", e.message); else if (e instanceof RangeError) console.log("range", e.message); else console.log("other", e); }
}
