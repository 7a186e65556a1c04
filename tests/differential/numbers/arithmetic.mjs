console.log(0.1 + 0.2 === 0.3, 0.1 + 0.2, 0.3 - 0.1);
console.log(1 / 0, -1 / 0, 0 / 0, String(1 / -0));
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, String(-4 % 2));
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5, 10 ** 21, 10 ** -7);
console.log(Number.MAX_SAFE_INTEGER + 1, Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1);
console.log(9007199254740993, 0.1 * 3, 1.1 * 1.1, 3 * 1.1);
