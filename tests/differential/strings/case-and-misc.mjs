console.log("İ".toLowerCase().length, "ß".toUpperCase(), "ǆ".toUpperCase(), "ΣΑΣ".toLowerCase());
console.log("abc".concat(1, null, [2]), "a-b_c".split(/[-_]/).join("+"), "Hello".search(/l/));
console.log("abc".at(5), "abc".at(-4), "abc".codePointAt(5));
