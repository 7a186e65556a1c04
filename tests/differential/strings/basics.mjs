const s = "Hello, World";
console.log(s.length, s[0], s.charAt(4), s.charCodeAt(1), s.at(-1), s[99], s.charAt(99) === "");
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("o", 5), s.indexOf(""), s.indexOf("", 99), s.includes("World"));
console.log(s.slice(-5), s.slice(3, -3), s.substring(5, 2), s.substr(-5, 3), s.slice(5, 2) === "");
console.log(s.toUpperCase(), s.toLowerCase(), s.startsWith("Hell"), s.endsWith("ld"), s.startsWith("W", 7));
