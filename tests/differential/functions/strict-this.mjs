function f() { return this; }
console.log(f() === undefined, typeof f.call(5), f.call(null) === null, f.call("s"));
const arrowThis = () => this;
console.log(arrowThis() === undefined);
function g() { "use strict"; return typeof this; }
console.log(g(), g.call(1));
