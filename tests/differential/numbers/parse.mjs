const strs = ["42", "  42  ", "0x1F", "0b101", "0o17", "1e3", ".5", "5.", "", " ", "abc", "12abc", "Infinity", "-Infinity", "+3", "1_000", "\n\t7\n", "0x", "-0"];
for (const s of strs) console.log(JSON.stringify(s), Number(s), parseInt(s), parseFloat(s));
console.log(parseInt("ff", 16), parseInt("z", 36), parseInt("10", 2), parseInt("08"), parseInt("1e3"));
console.log(Object.is(Number("-0"), -0), Object.is(parseFloat("-0"), -0));
