function both(a, ...rest) { return `${arguments.length}/${rest.length}`; }
console.log(both(), both(1), both(1, 2, 3));
function defaults(a, b = 2) { return arguments.length + ":" + b; }
console.log(defaults(1), defaults(1, undefined), defaults(1, 3));
console.log(both.length, defaults.length);
