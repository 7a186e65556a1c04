const calc = (op, a, b) => { switch (op) { case "+": return a + b; case "-": return a - b; case "*": return a * b; case "/": if (b === 0) return "div0"; return a / b; default: return `unknown ${op}`; } };
console.log(calc("+", 1, 2), calc("-", 1, 2), calc("*", 3, 4), calc("/", 1, 0), calc("/", 1, 4), calc("%", 1, 2));
console.log(["+", "-"].map((o) => calc(o, 10, 5)).join());
console.log(calc("*", "3", "4"));
