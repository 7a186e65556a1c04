function* g() { outer: for (let i = 0; ; i++) { for (let j = 0; ; j++) { if (j > i) continue outer; if (i > 2) break outer; yield `${i}${j}`; } } yield "end"; }
console.log([...g()].join());
const it = g(); it.next();
console.log(JSON.stringify(it.return("early")), JSON.stringify(it.next()));
console.log([...g()].length);
