console.log(String.raw`C:\path\to\${"file"}.txt`);
console.log(String.raw`\u{invalid`.length, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
console.log(String.raw`a${1}b${2}`, String.raw({ raw: "abc" }, "-", "+"));
