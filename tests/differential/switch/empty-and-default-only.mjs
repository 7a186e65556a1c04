switch (1) {}
console.log("empty switch ok");
switch (5) { default: console.log("default only"); }
switch (5) { case 1: console.log("no"); }
console.log("no match no default");
let r = "";
switch ("x") { case "x": case "y": r += "xy"; }
console.log(r);
