console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), String(Math.round(-0.4)));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.sign(-3), String(Math.sign(-0)));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.min(-0, 0) === 0, Object.is(Math.min(0, -0), -0));
console.log(Math.abs(-7), Math.sqrt(2), Math.cbrt(27), Math.hypot(3, 4), Math.pow(2, 0.5));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2);
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.imul(3, 4), Math.imul(0xffffffff, 5));
