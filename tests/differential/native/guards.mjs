// A native function called with something other than numbers runs its bytecode instead: strings,
// booleans, undefined, objects with valueOf, BigInt errors, missing and extra arguments all give
// exactly the results (and the exceptions) of the interpreter and node.
function add(a, b) { return a + b; }
function scale(a) { return a * 2 - 1; }
function sum3(a, b, c) { return a + b + c; }
function bits(a) { return (a | 0) + (a >>> 0); }
function isSmall(a) { return a < 10; }

let calls = 0;
const counted = { valueOf() { calls++; return 4; } };
const show = (x) => (Object.is(x, -0) ? '-0' : typeof x === 'string' ? JSON.stringify(x) : String(x));
console.log(show(add(1, 2)), show(add('1', 2)), show(add(1, '2')), show(add(true, 1)), show(add(undefined, 1)));
console.log(show(add(null, 1)), show(add([], 1)), show(add({}, 1)), show(add(counted, 1)), calls);
console.log(show(add(1)), show(add()), show(add(1, 2, 3)), show(add(-0, -0)), show(add(-0, 0)));
console.log(show(scale('3')), show(scale('x')), show(scale([5])), show(scale(counted)), calls);
console.log(show(sum3(1, 2)), show(sum3(1, 2, 3)), show(sum3('a', 1, 2)), show(sum3(1, 2, 'a')));
console.log(show(bits(-1)), show(bits('-1')), show(bits(2 ** 32 + 5)), show(bits({ valueOf: () => -2 })));
console.log(show(isSmall(3)), show(isSmall(30)), show(isSmall('9')), show(isSmall('10a')), show(isSmall(NaN)));
try {
  add(1n, 2);
} catch (error) {
  console.log(error.name, error.message);
}
try {
  scale(Symbol('s'));
} catch (error) {
  console.log(error.name, error.message);
}
const many = [];
for (let i = 0; i < 5; i++) many.push(show(add(i, i % 2 === 0 ? i : String(i))));
console.log(many.join(' '), add.name, add.length, typeof add);
