const r = /ab+c/gi;
console.log(r.source, r.flags, r.global, r.ignoreCase, r.multiline, r.sticky, r.unicode, r.dotAll, r.hasIndices);
console.log(String(/a\/b/), /[/]/.source, String(new RegExp("a/b")), String(new RegExp("")), new RegExp("x", "gimsuy").flags);
console.log(/\d+/.test("abc123"), /^\d+$/.test("12a"), /colou?r/.test("color"));
try { new RegExp("("); } catch (e) { console.log(e.name); }
