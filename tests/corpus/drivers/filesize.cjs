'use strict';
// filesize: human-readable sizes in SI and IEC bases, with rounding, output shapes and locales.
const filesize = require('filesize').default;
const partial = filesize.partial;
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const sizes = [0, 1, 500, 1000, 1023, 1024, 1536, 1e6, 1048576, 1e9, 1073741824, 1e12, 1e15, 1e18, 1e21, 1e24, 1e27, -1024, 265318];
out('default', sizes.map((n) => filesize(n)));
out('base 2', sizes.map((n) => filesize(n, { base: 2 })));
out('base 2 jedec', sizes.map((n) => filesize(n, { base: 2, standard: 'jedec' })));
out('iec', sizes.map((n) => filesize(n, { standard: 'iec' })));
out('bits', sizes.map((n) => filesize(n, { bits: true })));
out('round 0', sizes.map((n) => filesize(n, { round: 0 })));
out('round 4', sizes.map((n) => filesize(n, { round: 4 })));
out('pad', sizes.map((n) => filesize(n, { pad: true, round: 3 })));
out('precision', sizes.map((n) => filesize(n, { precision: 3 })));
out('array', sizes.slice(0, 8).map((n) => filesize(n, { output: 'array' })));
out('object', sizes.slice(0, 5).map((n) => filesize(n, { output: 'object' })));
out('exponent', sizes.map((n) => filesize(n, { output: 'exponent' })));
out('fixed exponent', [1e6, 1e9].map((n) => filesize(n, { exponent: 1 })));
out('fullform', [1, 1000, 2e6].map((n) => filesize(n, { fullform: true })));
out('fullforms', [1000, 2e6].map((n) => filesize(n, { fullform: true, fullforms: ['bytes', 'kilos', 'megas'] })));
out('symbols', filesize(1e6, { symbols: { MB: 'Mo' } }));
out('spacer', filesize(1e6, { spacer: '_' }));
out('separator', filesize(1536, { separator: ',' , base: 2}));
out('roundingMethod', ['round', 'floor', 'ceil'].map((roundingMethod) => filesize(1555, { roundingMethod, round: 1 })));
out('locale en-US', filesize(1234567890, { locale: 'en-US', round: 2 }));
out('locale de', filesize(1234567890, { locale: 'de', round: 2 }));
out('string input', filesize('2048'));
out('partial', [1, 2048, 3e6].map(partial({ base: 2, standard: 'jedec' })));
attempt('invalid number', () => filesize('abc'));
attempt('NaN', () => filesize(NaN));
attempt('invalid rounding method', () => filesize(1000, { roundingMethod: 'nope' }));
attempt('bigint', () => filesize(1024n));
