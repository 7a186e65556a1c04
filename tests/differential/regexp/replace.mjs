console.log("a-b-c".replace(/-/g, "+"), "a-b-c".replace(/-/, "+"), "aaa".replace(/a/g, (m, i) => i));
console.log("John Smith".replace(/(?<first>\w+) (?<last>\w+)/, "$<last>, $<first>"), "abc".replace(/(b)/, "[$1$1]"), "abc".replace(/b/, "$0"));
console.log("x1y22z333".replace(/\d+/g, (m) => `<${m.length}>`), "aBc".replace(/b/i, (m) => m.toLowerCase()));
console.log("hello world".replace(/\b\w/g, (c) => c.toUpperCase()), "a.b.c".replaceAll(/\./g, "/"));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.name); }
