'use strict';
// pretty-ms: milliseconds as human-readable durations with its formatting options.
const prettyMilliseconds = require('pretty-ms');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const values = [0, 0.5, 1, 999, 1000, 1337, 59999, 60000, 61000, 3599999, 3600000, 86400000, 90061001, 31557600000, 31557600000 * 2 + 86400000 * 3, -1500, 1e15, 0.0001];
out('default', values.map((ms) => prettyMilliseconds(ms)));
out('compact', values.map((ms) => prettyMilliseconds(ms, { compact: true })));
out('verbose', values.map((ms) => prettyMilliseconds(ms, { verbose: true })));
out('unitCount 2', values.map((ms) => prettyMilliseconds(ms, { unitCount: 2 })));
out('secondsDecimalDigits 0', values.map((ms) => prettyMilliseconds(ms, { secondsDecimalDigits: 0 })));
out('millisecondsDecimalDigits 2', values.map((ms) => prettyMilliseconds(ms, { millisecondsDecimalDigits: 2 })));
out('keepDecimalsOnWholeSeconds', values.map((ms) => prettyMilliseconds(ms, { keepDecimalsOnWholeSeconds: true })));
out('separateMilliseconds', values.map((ms) => prettyMilliseconds(ms, { separateMilliseconds: true })));
out('formatSubMilliseconds', [0.0001, 0.5, 1.234567, 1000.5].map((ms) => prettyMilliseconds(ms, { formatSubMilliseconds: true })));
out('colonNotation', values.map((ms) => prettyMilliseconds(ms, { colonNotation: true })));
out('verbose compact', [1337, 90061001].map((ms) => prettyMilliseconds(ms, { verbose: true, compact: true })));
for (const bad of [NaN, Infinity, '1000', null, undefined]) attempt('invalid ' + String(bad), () => prettyMilliseconds(bad));
out('unitCount 1 verbose', values.slice(0, 14).map((ms) => prettyMilliseconds(ms, { unitCount: 1, verbose: true })));
out('colonNotation with seconds digits', [1337, 61500, 3600000 + 1500].map((ms) => prettyMilliseconds(ms, { colonNotation: true, secondsDecimalDigits: 2 })));
out('compact negative', [-1, -61000, -86400000].map((ms) => prettyMilliseconds(ms, { compact: true })));
out('sub-millisecond default', [0.4, 0.5, 0.999, 1.999].map((ms) => prettyMilliseconds(ms)));
out('large values verbose', [1e10, 1e12].map((ms) => prettyMilliseconds(ms, { verbose: true })));
