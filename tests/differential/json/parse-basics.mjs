console.log(JSON.stringify(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-1.5e3,"e":true}')));
console.log(JSON.parse("1"), JSON.parse('"s"'), JSON.parse("null"), JSON.parse(" [ ] ").length, JSON.parse("-0") === 0, Object.is(JSON.parse("-0"), -0));
const bad = ["{a:1}", "[1,]", "'s'", "01", "NaN", "", "{\"a\":1,}", "\"\\x41\"", "1 2", "undefined"];
for (const b of bad) { try { JSON.parse(b); console.log("parsed", b); } catch (e) { console.log("SyntaxError?", e instanceof SyntaxError); } }
