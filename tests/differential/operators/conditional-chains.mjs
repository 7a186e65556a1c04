const grade = (s) => s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F";
console.log([95, 85, 75, 10, NaN].map(grade).join());
let t = 0;
const r = t ? t++ : (t += 2, t * 10);
console.log(r, t);
console.log(null ? 1 : undefined ? 2 : "" ? 3 : 0 ? 4 : "end");
