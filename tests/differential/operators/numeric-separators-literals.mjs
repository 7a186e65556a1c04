console.log(1_000_000, 0xff, 0b1010, 0o777, 0xABCDEF, 1e3, 1E-3, .5e1, 5.e0);
console.log(0.1e2, 1_0.0_1, 0b1_1, 0x1_0, 0B11, 0O17, 0XfF);
console.log(0 === 0.0 ? "ok" : "x", 1e+2, 123456789012345678901234567890);
