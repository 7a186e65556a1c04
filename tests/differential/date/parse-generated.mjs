// Date.parse of strings made from date-like pieces by a fixed pseudo-random sequence: the same
// strings every run, most of them invalid, a fifth of them dates in one of the fallback forms.
let seed = 12345;
function next(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pieces = ["2022", "03", "1", "12", "31", "99", "-", "+", ":", ".", " ", "/", ",", "T", "Z", "GMT", "UTC",
  "Mar", "March", "am", "PM", "EST", "(x)", ")", "(", "00", "24", "59", "60", "123", "0830", "+01:00", "-0500",
  "Tue", "foo", "000000", "275760", "1970", "5", "\t", "T10:00", "2022-03-01", "10:20:30", "x", "é"];
let valid = 0;
for (let i = 0; i < 600; i++) {
  let s = "";
  const count = 1 + next(7);
  for (let j = 0; j < count; j++) s += pieces[next(pieces.length)];
  const t = Date.parse(s);
  if (!isNaN(t)) valid++;
  console.log(JSON.stringify(s), t);
}
console.log("valid", valid);
