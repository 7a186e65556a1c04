function f(x) { try { switch (x) { case 1: return "ret1"; case 2: throw new Error("thrown2"); default: break; } return "after"; } catch (e) { return "caught " + e.message; } finally { console.log("finally for", x); } }
console.log(f(1)); console.log(f(2)); console.log(f(3));
