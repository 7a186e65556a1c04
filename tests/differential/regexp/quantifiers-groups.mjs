console.log("aaaa".match(/a{2,3}/)[0], "aaaa".match(/a{2,3}?/)[0], "<a><b>".match(/<.*>/)[0], "<a><b>".match(/<.*?>/)[0]);
console.log(JSON.stringify("abab".match(/(ab)+/)), JSON.stringify("abc".match(/(?:a)(b)(c)?/)), JSON.stringify("ac".match(/a(b)?c/)));
console.log(/(\w)\1/.test("hello"), /(?<ch>\w)\k<ch>/.exec("abba").index, /(a)|b/.exec("b")[1]);
