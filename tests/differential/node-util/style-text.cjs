"use strict";
const util = require('util');

// Standard output is not a terminal when the expected output is recorded, and the library cannot
// see it: without a stream the text comes back unstyled (node: as long as FORCE_COLOR is unset).
console.log(JSON.stringify(util.styleText('red', 'plain')));
console.log(JSON.stringify(util.styleText('red', 'forced', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'list always styled')));
console.log(JSON.stringify(util.styleText('bgBlue', 'x', { validateStream: false })));
console.log(JSON.stringify(util.styleText('grey', 'alias', { validateStream: false })));

const terminal = { isTTY: true, write() {}, on() {} };
const colorless = { isTTY: true, write() {}, on() {}, getColorDepth: () => 1 };
const piped = { isTTY: false, write() {}, on() {} };
console.log(JSON.stringify(util.styleText('green', 'terminal', { stream: terminal })));
console.log(JSON.stringify(util.styleText('green', 'colorless', { stream: colorless })));
console.log(JSON.stringify(util.styleText('green', 'piped', { stream: piped })));

for (const [label, fn] of [
  ['unknown format', () => util.styleText('sparkly', 'x')],
  ['unknown in list', () => util.styleText(['red', 'nope'], 'x')],
  ['text not string', () => util.styleText('red', 5)],
  ['validateStream not boolean', () => util.styleText('red', 'x', { validateStream: 'no' })],
  ['not a stream', () => util.styleText('red', 'x', { stream: {} })],
]) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
