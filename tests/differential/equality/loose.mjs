const vals = [0, -0, 1, "", "0", "1", " ", "a", null, undefined, NaN, true, false, [], [0], [1], "true"];
const names = ["0", "-0", "1", '""', '"0"', '"1"', '" "', '"a"', "null", "undefined", "NaN", "true", "false", "[]", "[0]", "[1]", '"true"'];
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(10) + " ";
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? "1" : ".";
  console.log(row);
}
