'use strict';
// bytes: format byte counts as strings and parse strings back to numbers.
const bytes = require('bytes');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const numbers = [0, 1, 999, 1000, 1023, 1024, 1536, 1048576, 1073741824, 1099511627776, 1125899906842624, 5.5 * 1024 * 1024, -2048, 123456789];
out('format', numbers.map((n) => bytes(n)));
out('format unitSeparator', numbers.map((n) => bytes.format(n, { unitSeparator: ' ' })));
out('format decimalPlaces 0', numbers.map((n) => bytes.format(n, { decimalPlaces: 0 })));
out('format decimalPlaces 3', numbers.map((n) => bytes.format(n, { decimalPlaces: 3 })));
out('format fixedDecimals', numbers.map((n) => bytes.format(n, { fixedDecimals: true })));
out('format thousandsSeparator', [1024 * 1500, 123456789, 2 ** 60].map((n) => bytes.format(n, { thousandsSeparator: ',', unit: 'KB' })));
for (const unit of ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'kb', 'xx']) {
  out('format unit ' + unit, bytes.format(123456789, { unit }));
}
out('format non-numbers', [null, undefined, NaN, Infinity, '1024', {}].map((v) => bytes.format(v)));
const strings = ['1KB', '1kb', '1 KB', '1.5MB', '2GB', '1TB', '1PB', '10', '10B', '-1KB', '0.5kb', '  3 mb  ', '1 KiB', 'abc', '', '1.2.3MB', '1e3KB'];
out('parse', strings.map((s) => bytes.parse(s)));
out('parse numbers', [0, 42, -1, 1.5].map((n) => bytes.parse(n)));
out('parse non-strings', [null, undefined, {}, true].map((v) => bytes.parse(v)));
out('bytes(string)', ['100KB', '1GB'].map((s) => bytes(s)));
out('bytes(other)', [null, true, [], {}].map((v) => bytes(v)));
out('round trip', numbers.filter((n) => n >= 0).map((n) => bytes.parse(bytes(n))));
out('format options.unit case', bytes.format(2048, { unit: 'kB' }));
