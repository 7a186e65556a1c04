function outer() { const arrow = () => arguments[0]; return arrow("ignored"); }
console.log(outer("outer arg"));
function counter() { return () => arguments.length; }
console.log(counter(1, 2, 3)());
const o = { m() { return [].slice.call(arguments, 1).join(); } };
console.log(o.m(1, 2, 3));
