console.log(hoisted(), typeof later);
function hoisted() { return "hoisted"; }
var later = function () { return 1; };
console.log(typeof later);
try { tdz; } catch (e) { console.log(e.name); }
let tdz = 1;
{ function inner() { return "block"; } console.log(inner()); }
