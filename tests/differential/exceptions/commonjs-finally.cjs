"use strict";
function f() { try { throw new Error("cjs"); } catch (e) { return "caught " + e.message; } finally { console.log("finally first"); } }
console.log(f());
try { null.x; } catch (e) { console.log(e.name); }
console.log((function () { return this; })() === undefined);
