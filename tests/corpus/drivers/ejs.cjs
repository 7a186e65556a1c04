'use strict';
// ejs: render templates with data, escaping, custom delimiters, and template errors. cruft rejects
// the package (it compiles templates with new Function), so this driver runs under node only.
const ejs = require('ejs');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n').filter(Boolean).slice(-1)[0]); }
};
attempt('plain', () => ejs.render('Hello, world'));
attempt('escaped', () => ejs.render('<p><%= name %></p>', { name: '<b>"Tom" & \'Jerry\'</b>' }));
attempt('raw', () => ejs.render('<p><%- html %></p>', { html: '<i>x</i>' }));
attempt('loop', () => ejs.render('<ul><% items.forEach(function(i){ %><li><%= i %></li><% }) %></ul>', { items: ['a', 'b', 'c'] }));
attempt('conditional', () => [true, false].map((flag) => ejs.render('<% if (flag) { %>yes<% } else { %>no<% } %>', { flag })));
attempt('comment', () => ejs.render('a<%# ignored %>b'));
attempt('literal delimiter', () => ejs.render('<%% not a tag %>'));
attempt('whitespace slurp', () => ejs.render('  <%_ if (true) { _%>\n  kept\n  <%_ } _%>\n'));
attempt('newline slurp', () => ejs.render('<% if (true) { -%>\nline\n<% } -%>\nend'));
attempt('custom delimiter', () => ejs.render('<?= x ?>', { x: 5 }, { delimiter: '?' }));
attempt('custom open close', () => ejs.render('{{= x }}', { x: 6 }, { openDelimiter: '{', closeDelimiter: '}', delimiter: '{' }));
attempt('rmWhitespace', () => ejs.render('  a  \n\n  <%= b %>  \n', { b: 'B' }, { rmWhitespace: true }));
attempt('locals name', () => ejs.render('<%= data.v %>', { v: 'via data' }, { localsName: 'data' }));
attempt('strict mode', () => ejs.render('<%= locals.v %>', { v: 'strict' }, { strict: true }));
attempt('compile reuse', () => { const t = ejs.compile('<%= n * 2 %>'); return [1, 2, 3].map((n) => t({ n })); });
attempt('escapeXML', () => ejs.escapeXML('<a href="x">&\'</a>'));
attempt('custom escape', () => ejs.render('<%= s %>', { s: 'abc' }, { escape: (s) => String(s).toUpperCase() }));
attempt('undefined variable', () => ejs.render('<%= missing %>'));
attempt('syntax error', () => ejs.render('<% if (x { %>'));
attempt('unclosed tag', () => ejs.render('<%= x'));
attempt('thrown in template', () => ejs.render('<% throw new RangeError("inside") %>'));
attempt('include without filename', () => ejs.render('<%- include("x") %>'));
ejs.render('<%= await Promise.resolve(7) %>', {}, { async: true }).then((v) => out('async', v));
