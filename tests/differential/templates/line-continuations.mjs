const s = `line one \
continues`;
console.log(s);
const crlf = `a
b`;
console.log(crlf.length, JSON.stringify(crlf));
console.log(`\r\n`.length, String.raw`\
`.length);
