const out = [];
for (const c of "a1b2!") {
  switch (true) { case /[a-z]/.test(c): out.push("L"); continue; case /\d/.test(c): out.push("D"); break; default: out.push("?"); }
  out.push(".");
}
console.log(out.join(""));
let i = 0; while (true) { switch (i++) { case 3: break; default: continue; } break; }
console.log(i);
console.log(out.length);
