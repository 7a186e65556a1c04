console.log(1 < 2 < 3, 3 > 2 > 1, "2" > "12", "2" > 12, NaN < 1, NaN >= NaN, undefined < 1);
console.log([2] > 1, [1, 2] > 1, ({}) > 1, null < 1, "a" < 1, "" < 1);
console.log(1n < 2, 2n > "1", "x" < 1n === false);
