console.log(/^.$/.test("😀"), /^.$/u.test("😀"), "😀".match(/./gu).length, "😀".match(/./g).length);
console.log(/\u{1F600}/u.test("😀"), /\p{L}+/u.exec("héllo wörld")[0], /\p{Lu}/u.test("a"));
console.log("a😀b".split(/(?:)/u).length, "a😀b".split("").length);
