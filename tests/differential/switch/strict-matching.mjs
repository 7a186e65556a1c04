function f(x) { switch (x) { case 1: return "number 1"; case "1": return "string 1"; case true: return "true"; case null: return "null"; case undefined: return "undefined"; default: return "none"; } }
for (const v of [1, "1", true, null, undefined, 1n, [1]]) console.log(f(v));
