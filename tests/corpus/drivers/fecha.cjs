'use strict';
// fecha: format and parse dates with tokens, named masks and i18n settings, on fixed dates.
// Formatting uses local time; the runs fix TZ=UTC.
const fecha = require('fecha');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const dates = [new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 45)), new Date(Date.UTC(1999, 11, 31, 0, 0, 0, 0)), new Date(Date.UTC(2001, 0, 1, 23, 59, 59, 999))];
const tokens = ['D DD Do d dd ddd dddd', 'M MM MMM MMMM', 'YY YYYY', 'h hh H HH m mm s ss', 'S SS SSS', 'a A', 'Z ZZ', '[literal] YYYY [at] HH:mm', 'YYYY-MM-DDTHH:mm:ssZZ'];
for (const date of dates) {
  for (const mask of tokens) out(mask, fecha.format(date, mask));
}
for (const named of ['default', 'shortDate', 'mediumDate', 'longDate', 'fullDate', 'isoDate', 'isoDateTime', 'shortTime', 'mediumTime', 'longTime']) {
  out('named ' + named, fecha.format(dates[0], named));
}
out('format timestamp', fecha.format(86400000 * 365, 'YYYY-MM-DD'));
const parses = [
  ['2024-02-29', 'YYYY-MM-DD'], ['29/02/2024 13:05', 'DD/MM/YYYY HH:mm'], ['February 29, 2024', 'MMMM D, YYYY'],
  ['2024-03-01 1:05 pm', 'YYYY-MM-DD h:mm a'], ['2024-02-29T13:05:09.045Z', 'isoDateTime'], ['12-31-99', 'MM-DD-YY'], ['2024-02-30', 'YYYY-MM-DD'],
  ['not a date', 'YYYY-MM-DD'], ['2024-13-01', 'YYYY-MM-DD'], ['2024-01-01 +0530', 'YYYY-MM-DD ZZ'], ['Thu Feb 29 2024', 'ddd MMM D YYYY'],
  ['2020-05-05 10:11:12.5', 'YYYY-MM-DD HH:mm:ss.S'], ['[Y]2020', '[Y]YYYY'],
];
for (const [text, mask] of parses) attempt('parse ' + text + ' as ' + mask, () => { const d = fecha.parse(text, mask); return d ? d.toISOString() : d; });
const custom = { amPm: ['vorm', 'nachm'], dayNames: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'], dayNamesShort: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], monthNames: ['Januar', 'Februar', 'M\u00e4rz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], monthNamesShort: ['Jan', 'Feb', 'M\u00e4r', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'], DoFn: (d) => d + '.' };
out('i18n format', fecha.format(dates[0], 'dddd, Do MMMM YYYY A', custom));
attempt('i18n parse', () => fecha.parse('Montag 4. M\u00e4rz 2024', 'dddd Do MMMM YYYY', custom).toISOString());
fecha.setGlobalDateMasks({ mine: 'YYYY~MM~DD' });
out('custom mask', fecha.format(dates[1], 'mine'));
attempt('invalid date', () => fecha.format(new Date(NaN), 'YYYY'));
attempt('non-date', () => fecha.format('2020-01-01', 'YYYY'));
attempt('parse non-string', () => fecha.parse(20200101, 'YYYY'));
