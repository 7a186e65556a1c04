// A string grown by hundreds of thousands of `+=` appends stays cheap to hold: the result's length and
// content are right, and no heap limit is reached along the way.
const pieces = [];
for (let i = 0; i < 256; i++) pieces.push(String.fromCharCode(65 + (i & 15), 65 + (i >> 4)));
let text = '';
for (let i = 0; i < 400000; i++) text += pieces[i & 255];
console.log(text.length, text.slice(0, 8), text.slice(-8));
let checksum = 0;
for (let i = 0; i < text.length; i += 997) checksum = (checksum * 31 + text.charCodeAt(i)) % 1000003;
console.log(checksum);
let nested = '';
for (let i = 0; i < 2000; i++) nested = `${nested}${i % 10}`;
console.log(nested.length, nested.slice(0, 12));
