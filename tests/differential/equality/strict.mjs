const vals = [0, -0, 1, "", "0", null, undefined, NaN, true, {}, []];
for (let i = 0; i < vals.length; i++) {
  let row = "";
  for (let j = 0; j < vals.length; j++) row += vals[i] === vals[j] ? "1" : ".";
  console.log(row);
}
const o = {};
console.log(o === o, {} === {}, [] === [], NaN !== NaN);
