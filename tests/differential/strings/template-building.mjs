let s = "";
for (let i = 0; i < 5; i++) s += i + ",";
console.log(s, s.length);
const parts = [];
for (let i = 0; i < 3; i++) parts.push(`${i}:${"x".repeat(i)}`);
console.log(parts.join(" "));
console.log("a" + 1 + 2, 1 + 2 + "a", `${1 + 2}a`, "x" + null + undefined);
