'use strict';
// marked: Markdown to HTML for block and inline syntax, GFM options, the lexer, custom renderers
// and walkTokens.
const { marked } = require('marked');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n')[0]); }
};
marked.setOptions({ mangle: false, headerIds: false });
const samples = [
  '# Heading 1\n## Heading 2\nSetext\n===', 'Some *emphasis*, **strong**, ***both***, `code`, ~~strike~~.',
  '- one\n- two\n  - nested\n- three', '1. first\n2. second\n\n10. ten', '> quote\n> > nested quote', '```js\nconst x = 1 < 2;\n```',
  '    indented code', '[link](http://example.com "title") and <http://auto.link> and www.gfm.link', '![alt](img.png)',
  '| a | b |\n|:--|--:|\n| 1 | 2 |', '- [ ] todo\n- [x] done', 'line  \nbreak', '***', 'Escapes: \\* \\_ \\# &amp; & < >',
  '<div>raw html</div>', 'Footnote-ish [ref]\n\n[ref]: http://ref.example', 'a_b_c snake_case and __init__', '',
];
for (const md of samples) attempt(JSON.stringify(md), () => marked.parse(md));
attempt('parseInline', () => marked.parseInline('**bold** [x](y)'));
attempt('gfm false', () => marked.parse('~~no~~ www.x.com\n\n| a |\n|---|\n| 1 |', { gfm: false }));
attempt('breaks true', () => marked.parse('a\nb', { breaks: true }));
attempt('lexer', () => marked.lexer('# T\n\ntext *em*\n\n- i').map((t) => [t.type, t.raw]));
attempt('inline tokens', () => marked.lexer('a **b** `c`')[0].tokens.map((t) => t.type));
const renderer = new marked.Renderer();
renderer.heading = (text, level) => `<h${level} class="custom">${text.toUpperCase()}</h${level}>\n`;
renderer.link = (href, title, text) => `[${text}](${href})`;
attempt('custom renderer', () => marked.parse('# hello\n\n[a](b)', { renderer }));
const types = [];
attempt('walkTokens', () => { marked.parse('# x\n\n*y* `z`', { walkTokens: (t) => types.push(t.type) }); return types; });
attempt('use extension', () => {
  marked.use({ extensions: [{ name: 'shout', level: 'inline', start: (src) => src.indexOf('!!'), tokenizer(src) { const match = /^!!([^!]+)!!/.exec(src); if (match) return { type: 'shout', raw: match[0], text: match[1] }; }, renderer: (token) => token.text.toUpperCase() }] });
  return marked.parse('say !!hello!! now');
});
attempt('non-string input', () => marked.parse(42));
attempt('null input', () => marked.parse(null));
attempt('silent', () => marked.parse(null, { silent: true }));
attempt('getDefaults keys', () => Object.keys(marked.getDefaults()).sort());
