'use strict';
// color-convert: conversions between color models, direct and routed, raw and rounded.
const convert = require('color-convert');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const colors = [[255, 0, 0], [0, 128, 255], [18, 52, 86], [0, 0, 0], [255, 255, 255], [128, 128, 128], [250, 235, 215]];
for (const target of ['hsl', 'hsv', 'hwb', 'cmyk', 'xyz', 'lab', 'lch', 'hex', 'keyword', 'ansi16', 'ansi256', 'hcg', 'apple', 'gray']) {
  out('rgb.' + target, colors.map((c) => convert.rgb[target](c)));
}
out('rgb.hsl.raw', colors.slice(0, 3).map((c) => convert.rgb.hsl.raw(c)));
out('spread arguments', convert.rgb.hex(1, 2, 3));
out('hex.rgb', ['FF0000', '#00ff00', 'abc', '123456', 'zzz'].map((h) => convert.hex.rgb(h)));
out('keyword.rgb', ['red', 'rebeccapurple', 'antiquewhite', 'nonsense'].map((k) => convert.keyword.rgb(k)));
out('hsl.rgb', [[0, 100, 50], [210, 50, 50], [360, 100, 100], [120, 0, 30]].map((c) => convert.hsl.rgb(c)));
out('hsl.hex routed', convert.hsl.hex(240, 100, 50));
out('lab.rgb', convert.lab.rgb(53.2, 80.1, 67.2));
out('lch.hex routed', convert.lch.hex(50, 60, 120));
out('cmyk.rgb', convert.cmyk.rgb(0, 100, 100, 0));
out('ansi256.rgb', [0, 15, 16, 196, 232, 255].map((n) => convert.ansi256.rgb(n)));
out('ansi16.rgb', [30, 31, 37, 90, 97].map((n) => convert.ansi16.rgb(n)));
out('hsv.rgb', convert.hsv.rgb(300, 50, 75));
out('hwb.rgb', convert.hwb.rgb(60, 20, 30));
out('gray.hex', convert.gray.hex(50));
out('xyz.lab', convert.xyz.lab(41.24, 21.26, 1.93));
out('models', Object.keys(convert).sort());
out('channels', Object.keys(convert).sort().map((m) => [m, convert[m].channels, convert[m].labels]));
out('routes from rgb', Object.keys(convert.rgb).filter((k) => !['channels', 'labels'].includes(k)).sort());
attempt('unknown route', () => convert.rgb.nope([1, 2, 3]));
out('undefined input', convert.rgb.hsl(undefined));
out('null input', convert.rgb.hex(null));
