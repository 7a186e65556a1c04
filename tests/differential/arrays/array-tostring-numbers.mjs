console.log([0.1 + 0.2, -0, 1e21, 1e-7, NaN, null, undefined, [1, [2]]].toString());
console.log(String([-0]), [-0].join(), `${[-0]}`, JSON.stringify([-0]));
console.log([1, 2, 3].join(undefined), [1, 2].join(null), [[], [[]], [[[]]]].toString() === ",,");
