console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is("a", "a"), Object.is({}, {}));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), [0].indexOf(-0));
console.log(new Set([NaN, NaN, 0, -0]).size, new Map([[-0, "a"]]).get(0));
