function tag(strings, ...vals) { return JSON.stringify({ strings, raw: strings.raw, vals }); }
console.log(tag`a${1}b${2}c`);
console.log(tag``);
console.log(tag`${"only"}`);
console.log(tag`\n\t${0}\u0041`);
