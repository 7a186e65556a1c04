let x = 1;
for (let i = 0; i < 30; i++) { x = x * 1.7 + 0.3; console.log(x); }
let y = 1;
for (let i = 0; i < 15; i++) { y /= 7; console.log(y); }
