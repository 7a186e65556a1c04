'use strict';
// htmlparser2: streaming parser callbacks, DOM building, feeds split across chunks, XML mode,
// entity decoding and the DomUtils helpers it bundles.
const htmlparser2 = require('htmlparser2');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const events = [];
const handler = {
  onopentagname: (name) => events.push('opentagname ' + name),
  onopentag: (name, attribs) => events.push('open ' + name + ' ' + JSON.stringify(attribs)),
  onattribute: (name, value, quote) => events.push('attribute ' + name + '=' + value + ' ' + quote),
  ontext: (text) => events.push('text ' + JSON.stringify(text)),
  onclosetag: (name, implied) => events.push('close ' + name + (implied ? ' implied' : '')),
  oncomment: (data) => events.push('comment ' + JSON.stringify(data)),
  onprocessinginstruction: (name, data) => events.push('pi ' + name + ' ' + data),
  oncdatastart: () => events.push('cdatastart'),
  oncdataend: () => events.push('cdataend'),
  onerror: (error) => events.push('error ' + error.message),
  onend: () => events.push('end'),
};
const parser = new htmlparser2.Parser(handler);
parser.write('<!DOCTYPE html><html><head><title>T &amp; t</title><script>if (a < b) x();</script></head>');
parser.write('<body class="main" id=b data-x=\'q\'><p>One<p>Two &lt; three &copy<br><img src="i.png" alt>');
parser.write('<!-- a comment --><ul><li>x<li>y</ul><div><span>unclosed</div>');
parser.end('<textarea><b>raw</b></textarea></body></html>');
for (const event of events.splice(0)) out('event', event);
const chunked = new htmlparser2.Parser(handler);
for (const ch of '<a href="u">li&amp;nk</a>') chunked.write(ch);
chunked.end();
out('chunked', events.splice(0));
const xml = new htmlparser2.Parser(handler, { xmlMode: true });
xml.end('<?xml version="1.0"?><root><Item Key="v"/><![CDATA[<raw>]]><self/></root>');
out('xml mode', events.splice(0));
const options = new htmlparser2.Parser(handler, { lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: false, recognizeSelfClosing: true });
options.end('<DIV ClassName="A">&amp;<X/>y</DIV>');
out('options', events.splice(0));
const doc = htmlparser2.parseDocument('<div id="root"><p class="a">Hello <b>world</b></p><p class="b">Second</p><!--c--></div>');
const { DomUtils } = htmlparser2;
out('dom top', doc.children.map((n) => n.type + ':' + n.name));
const ps = DomUtils.getElementsByTagName('p', doc);
out('getElementsByTagName', ps.map((p) => [p.attribs.class, DomUtils.textContent(p)]));
out('getElementById', DomUtils.getElementById('root', doc.children).name);
out('getOuterHTML', DomUtils.getOuterHTML(doc));
out('getInnerHTML', DomUtils.getInnerHTML(ps[0]));
out('findAll class b', DomUtils.findAll((n) => n.attribs && n.attribs.class === 'b', doc.children).length);
out('siblings', DomUtils.getSiblings(ps[0]).map((n) => n.type));
out('parent', DomUtils.getParent(ps[0]).attribs.id);
out('hasAttrib', [DomUtils.hasAttrib(ps[0], 'class'), DomUtils.hasAttrib(ps[0], 'id')]);
out('innerText', DomUtils.innerText(doc));
const handlerDom = new htmlparser2.DomHandler((error, dom) => out('DomHandler', [error, dom.length, dom[0].name]));
const p2 = new htmlparser2.Parser(handlerDom);
p2.write('<x><y/></x>');
p2.end();
const feed = htmlparser2.parseFeed('<rss version="2.0"><channel><title>Feed</title><link>http://e.x/</link><item><title>One</title><link>http://e.x/1</link><description>D1</description></item><item><title>Two</title></item></channel></rss>');
out('feed', [feed.type, feed.title, feed.link, feed.items.map((i) => [i.title, i.link || null, i.description || null])]);
out('parseDOM', htmlparser2.parseDOM('<a>1</a><b>2</b>').map((n) => n.name));
out('ElementType', [htmlparser2.ElementType.Tag, htmlparser2.ElementType.Text, htmlparser2.ElementType.isTag({ type: 'tag' })]);
