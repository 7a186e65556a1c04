function a() { lbl: for (let i = 0; i < 2; i++) { const f = () => { lbl: for (;;) break lbl; return "inner"; }; if (f() === "inner") break lbl; } return "a done"; }
console.log(a());
x: { const r = (() => { x: { break x; } return "arrow"; })(); console.log(r); break x; }
console.log("end");
