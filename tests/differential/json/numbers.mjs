console.log(JSON.stringify([0.1, 1e21, 1e-7, 123456789012345678, 5e-324, -0, 2 ** 53, 1.5e300 * 1e10]));
console.log(JSON.stringify(JSON.parse("[1E2, 1e-2, 0.5, -0.0, 12345678901234567890]")));
console.log(JSON.parse("1.7976931348623157e309"), JSON.parse("1e-400"));
try { JSON.stringify({ big: 1n }); } catch (e) { console.log(e.name); }
