const s = "a😀b";
console.log(s.length, s.charCodeAt(1), s.charCodeAt(2), s.codePointAt(1), s.codePointAt(2));
console.log([...s].length, Array.from(s).join("|"), s.split("").length);
console.log(String.fromCharCode(72, 105), String.fromCodePoint(128512) === "😀", "\u{1F600}".length);
console.log("é".normalize("NFD").length, "e\u0301".normalize("NFC").length, "\u00e9" === "é");
const lone = "\ud800";
console.log(lone.length, JSON.stringify(lone), lone.isWellFormed ? "has" : "no");
