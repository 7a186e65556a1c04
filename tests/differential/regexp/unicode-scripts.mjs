// Unicode property escapes for scripts (Script, Script_Extensions, short and long names) and the
// emoji properties, over sample text of many writing systems.
const samples = ["Hello", "Ελληνικά", "Русский", "עברית", "العربية", "हिन्दी", "ไทย", "日本語", "ひらがな", "カタカナ", "한국어", "ᏣᎳᎩ", "ሰላም", "ქართული", "Հայերեն", "ᠮᠣᠩᠭᠣᠯ", "𐌰𐌱𐌲", "😀👍🏽", "#1*", "٣٤٥", "·", "\u0301"];
const scripts = ["Latin", "Latn", "Greek", "Cyrillic", "Hebrew", "Arabic", "Devanagari", "Thai", "Han", "Hiragana", "Katakana", "Hangul", "Cherokee", "Ethiopic", "Georgian", "Armenian", "Mongolian", "Gothic", "Common", "Inherited", "Zyyy", "Qaai"];
for (const script of scripts) {
  const sc = new RegExp(`\\p{Script=${script}}`, "gu");
  const scx = new RegExp(`\\p{scx=${script}}`, "gu");
  console.log(script.padEnd(11), samples.map((s) => (s.match(sc) || []).length + "/" + (s.match(scx) || []).length).join(" "));
}
for (const property of ["Emoji", "Emoji_Presentation", "Emoji_Modifier", "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict"]) {
  const r = new RegExp(`\\p{${property}}`, "gu");
  console.log(property.padEnd(21), samples.map((s) => (s.match(r) || []).length).join(" "));
}
for (const bad of ["\\p{Script=Klingon}", "\\p{scx}", "\\p{Script}", "\\P{sc=Latin}"]) {
  try { console.log(bad, new RegExp(bad, "u").test("a")); } catch (e) { console.log(bad, e.constructor.name); }
}
console.log("Ω≈ç√∫".replace(/\p{Script=Greek}/gu, "[G]"), "abc123".split(/(?<=\p{sc=Latn})(?=\p{Nd})/u).join("|"));
