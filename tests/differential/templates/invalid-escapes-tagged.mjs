function t(s) { return JSON.stringify([s[0], s.raw[0]]); }
console.log(t`\unicode`);
console.log(t`\xZZ`);
console.log(t`\u{110000}`, t`ok\u0041`);
