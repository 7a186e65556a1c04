'use strict';
// @xmldom/xmldom: parse XML and HTML into a DOM, walk and edit it, serialize it back, namespaces,
// and the parser's error handler for malformed input.
const { DOMParser, XMLSerializer, DOMImplementation } = require('@xmldom/xmldom');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n')[0]); }
};
const messages = [];
const parser = () => new DOMParser({ errorHandler: { warning: (m) => messages.push('warning ' + m.split('\n')[0]), error: (m) => messages.push('error ' + m.split('\n')[0]), fatalError: (m) => messages.push('fatal ' + m.split('\n')[0]) } });
const xml = '<?xml version="1.0"?>\n<!-- top comment -->\n<library xmlns="urn:lib" xmlns:x="urn:extra">\n  <book id="b1" x:rating="5"><title>Dune &amp; more</title><author>Herbert</author></book>\n  <book id="b2"><title><![CDATA[<raw> text]]></title></book>\n  <?pi target?>\n</library>';
const doc = parser().parseFromString(xml, 'text/xml');
const root = doc.documentElement;
out('root', [root.nodeName, root.namespaceURI, root.childNodes.length, doc.childNodes.length]);
const books = doc.getElementsByTagName('book');
out('books', Array.from({ length: books.length }, (_, i) => [books[i].getAttribute('id'), books[i].getElementsByTagName('title')[0].textContent]));
out('attribute ns', [books[0].getAttributeNS('urn:extra', 'rating'), books[0].hasAttribute('id'), books[0].getAttribute('missing'), books[0].attributes.length]);
out('byTagNameNS', doc.getElementsByTagNameNS('urn:lib', 'title').length);
out('node types', Array.from(root.childNodes).map((n) => n.nodeType + ':' + n.nodeName));
out('siblings', [books[0].nextSibling.nodeType, books[0].parentNode.nodeName, root.firstChild.nodeValue, root.lastChild.nodeValue]);
out('cdata', books[1].firstChild.firstChild.nodeName + ' ' + books[1].firstChild.firstChild.data);
out('lookup namespace', [root.lookupNamespaceURI('x'), root.lookupPrefix('urn:extra'), root.isDefaultNamespace('urn:lib')]);
const book = doc.createElementNS('urn:lib', 'book');
book.setAttribute('id', 'b3');
const title = doc.createElement('title');
title.appendChild(doc.createTextNode('New <book> & "quotes"'));
book.appendChild(title);
root.insertBefore(book, books[0]);
root.removeChild(books[2] || books[1]);
books[0].setAttribute('id', 'changed');
out('edited', new XMLSerializer().serializeToString(root));
out('clone', [book.cloneNode(true).textContent, book.cloneNode(false).childNodes.length]);
out('replaceChild', (() => { const t = doc.createTextNode('replaced'); title.replaceChild(t, title.firstChild); return title.textContent; })());
out('serialize document', new XMLSerializer().serializeToString(doc));
out('toString', String(doc.createElement('x')));
const html = parser().parseFromString('<html><body><p class="a">One<br>Two &nbsp;&copy;</p><div id="d"><span>x</span></div></body></html>', 'text/html');
out('html', [html.documentElement.nodeName, html.getElementsByTagName('p')[0].textContent, html.getElementById('d').nodeName]);
out('html serialize', new XMLSerializer().serializeToString(html));
const impl = new DOMImplementation();
const created = impl.createDocument('urn:new', 'n:root', null);
created.documentElement.setAttribute('a', '1 < 2');
out('createDocument', new XMLSerializer().serializeToString(created));
out('doctype', new XMLSerializer().serializeToString(impl.createDocumentType('html', '', '')));
for (const bad of ['<a><b></a>', '<a attr=noquotes/>', '<a>&unknown;</a>', '<a></a><b></b>', 'plain text', '<a x="1" x="2"/>', '<!-- unclosed']) {
  attempt('malformed ' + JSON.stringify(bad), () => { const d = parser().parseFromString(bad, 'text/xml'); return [new XMLSerializer().serializeToString(d), messages.splice(0)]; });
}
attempt('missing mime type', () => String(new DOMParser().parseFromString('<a/>')));
attempt('invalid mime type', () => String(new DOMParser().parseFromString('<a/>', 'text/plain')));
attempt('appendChild hierarchy error', () => { const d = parser().parseFromString('<r/>', 'text/xml'); d.appendChild(d.createElement('second')); });
