const out = [];
outer: for (let i = 0; i < 3; i++) {
  switch (i) { case 0: out.push("zero"); break; case 1: out.push("one"); continue outer; case 2: out.push("two"); break outer; }
  out.push("end" + i);
}
console.log(out.join());
console.log(out.length);
console.log(out.indexOf("end1"));
