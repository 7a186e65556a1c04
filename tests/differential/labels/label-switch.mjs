const out = [];
loop: for (const x of [1, 2, 3, 4]) {
  switch (x) { case 2: continue loop; case 4: break loop; default: out.push(x); }
  out.push("after-switch" + x);
}
console.log(out.join());
sw: switch (1) { case 1: for (;;) { break sw; } }
console.log("broke out of switch from loop");
console.log(out.length);
