'use strict';
// css-what: parse CSS selectors into token lists and stringify them back; malformed selectors.
const CSSwhat = require('css-what');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const selectors = [
  'div', '#main', '.a.b', 'ul > li + li ~ p', 'a[href]', 'a[href^="http"]', "input[type='text' i]",
  'a[title$=x s]', 'div[lang|=en]', 'p[class~=note]', 'p[data-x*="y"]', 'p[data-x!=z]', '*', 'svg|rect', '*|*',
  'li:nth-child(2n+1)', 'p:not(.a, .b)', 'a:hover::before', 'div:has(> img)', ':is(h1, h2) span', 'a, b , c',
  'div   p', 'p:contains("text")', '::selection', ':root', 'a\\:b', '.\\31 23', 'div >>> p', '[ x = "y" ]',
  'foo:where(.x)', 'div:empty', 'tr:nth-last-of-type(odd)',
];
for (const selector of selectors) {
  attempt('parse ' + selector, () => CSSwhat.parse(selector));
}
for (const selector of selectors.slice(0, 20)) {
  attempt('round trip ' + selector, () => CSSwhat.stringify(CSSwhat.parse(selector)));
}
out('isTraversal', CSSwhat.parse('a > b c')[0].map((token) => CSSwhat.isTraversal(token)));
out('enums', [CSSwhat.SelectorType.Tag, CSSwhat.SelectorType.Descendant, CSSwhat.AttributeAction.Start, CSSwhat.IgnoreCaseMode.QuirksMode]);
for (const bad of ['', 'a,', '[x', 'a >', ':not(', 'div[=x]', '> a', 'a )', '#', 'a:nth-child(', '[x="unterminated]']) {
  attempt('malformed ' + JSON.stringify(bad), () => CSSwhat.parse(bad));
}
