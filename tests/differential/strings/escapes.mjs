console.log("tab:\tend", "quote:\"", 'single:\'', "back\\slash");
console.log("\x41\u0042\u{43}", "\0".length, "\v\f\b".length);
console.log(JSON.stringify("line1\nline2\r\u0000\u001f\u2028"), "a\
b");
console.log(String.raw`\n${1}\t`, String.raw`\u0041`.length);
