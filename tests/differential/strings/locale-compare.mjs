// localeCompare's fixed locale (the root collation node's ICU uses for "en"): sorting mixed text.
const words = [
  "apple", "Apple", "APPLE", "apples", "apple pie", "apple-pie", "apple_pie", "applesauce", "Äpfel", "äpfel", "zebra", "Zebra",
  "éclair", "eclair", "Eclair", "Éclair", "ecole", "école", "École", "naïve", "naive", "Naive", "coöperate", "cooperate",
  "résumé", "resume", "Resume", "résume", "resumé", "café", "cafe", "Café", "cafés", "façade", "facade", "jalapeño", "jalapeno",
  "straße", "strasse", "Strasse", "STRASSE", "smørrebrød", "smorrebrod", "Ærø", "aero", "œuvre", "oeuvre", "Łódź", "lodz",
  "item1", "item2", "item10", "item20", "Item3", "2nd", "10th", "1st", "3rd", "100", "99", "9", "0", "-1", "+1", "1.5", "1,5",
  "", " ", "  ", "a", "A", "b", "B", "_", "-", "--", ".", "..", "!", "?", "@home", "#tag", "$cash", "%pct", "&and", "*star",
  "(paren)", "[bracket]", "{brace}", "<angle>", "'quote'", "\"dq\"", "back\\slash", "forward/slash", "tilde~", "caret^", "pipe|",
  "node_modules", "node-modules", "nodeModules", "NodeModules", "package.json", "package-lock.json", "README.md", "readme.md",
  "Ωmega", "ωmega", "alpha", "Alpha", "άλφα", "αλφα", "Москва", "москва", "Moskva", "東京", "とうきょう", "トウキョウ", "서울",
  "über", "Über", "uber", "Uber", "ümlaut", "umlaut", "ñandú", "nandu", "Ñandú", "çedilla", "cedilla", "þorn", "thorn", "zürich",
  "ﬁle", "file", "File", "ﬀ", "ff", "™mark", "tmmark", "²", "2", "½", "1/2", "①", "1", "Ⅸ", "IX", "ix",
];
const sorted = [...words].sort((a, b) => a.localeCompare(b));
for (let i = 0; i < sorted.length; i += 8) console.log(sorted.slice(i, i + 8).map((w) => JSON.stringify(w)).join(" "));
const pairs = [["a", "b"], ["b", "a"], ["a", "A"], ["A", "a"], ["a", "á"], ["á", "A"], ["é", "e\u0301"], ["a", "a\u0000"], ["ab", "a\u200bb"],
  ["ss", "ß"], ["ß", "st"], ["ae", "æ"], ["æ", "af"], ["o", "ø"], ["ø", "p"], ["z", "þ"], ["1", "①"], ["①", "2"], ["x", ""], ["", ""]];
console.log(pairs.map(([a, b]) => Math.sign(a.localeCompare(b))).join(" "));
console.log(["b", "a", "C"].sort((a, b) => a.localeCompare(b, "en")).join(), ["b", "a", "C"].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" })).join());
console.log(String.prototype.localeCompare.length, "a".localeCompare(), "undefined".localeCompare());
try { String.prototype.localeCompare.call(null, "a"); } catch (e) { console.log(e.constructor.name, e.message); }
