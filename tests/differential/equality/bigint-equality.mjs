console.log(1n == 1, 1n == "1", 1n === 1, 0n == false, 1n == true, 2n == "2.0", 10n == 1e1);
console.log(9007199254740993n == 9007199254740993, 9007199254740992n == 9007199254740992);
console.log(1n == NaN, 0n == "", 0n == " ", [1n].includes(1n));
