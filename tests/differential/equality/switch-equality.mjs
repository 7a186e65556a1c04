function which(x) {
  switch (x) { case 0: return "zero"; case "0": return "str0"; case null: return "null"; case undefined: return "undef"; case NaN: return "nan"; default: return "default"; }
}
for (const v of [0, -0, "0", null, undefined, NaN, false]) console.log(which(v));
