"use strict";
function counter() { let n = 0; return () => ++n; }
const c1 = counter(), c2 = counter();
c1(); c1();
console.log(c1(), c2());
var fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()).join());
const gs = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map((g) => g()).join());
