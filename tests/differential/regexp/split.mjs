console.log(JSON.stringify("a1b22c333".split(/\d+/)), JSON.stringify("a, b ,c".split(/\s*,\s*/)), JSON.stringify("abc".split(/(?:)/)));
console.log(JSON.stringify("one  two".split(/(\s+)/)), JSON.stringify("a1b".split(/(\d)/, 2)), JSON.stringify("".split(/x/)));
console.log(JSON.stringify("test".split(/t/)), JSON.stringify("2024-01-02".split(/-/).map(Number)));
