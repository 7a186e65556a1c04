function f(x) { switch (x) { case 0: let y = "zero"; return y; case 1: y = "one"; return y; } }
console.log(f(0));
try { f(1); } catch (e) { console.log(e.name); }
switch (1) { case 1: { const z = "block"; console.log(z); } }
function g(k) { switch (k) { case "a": { const r = 1; return r; } case "b": { const r = 2; return r; } } return 0; }
console.log(g("a"), g("b"), g("c"));
