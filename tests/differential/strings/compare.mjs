console.log("a" < "b", "B" < "a", "10" < "9", 10 < 9, "10" < 9, "abc" < "abd", "" < "a");
console.log("a".localeCompare("a"), ["b", "a", "C", "c"].sort().join(), "Z".codePointAt(0));
console.log("\u00e9" > "z", "😀" > "\uffff");
