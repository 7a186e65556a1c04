console.log(/HELLO/i.test("hello"), /ß/i.test("SS"), /[a-z]/i.test("Q"), "One\ntwo\nThree".match(/^t\w+/gim).join());
console.log("a\nb".replace(/$/gm, ";"), JSON.stringify("x\r\ny".split(/\r?\n/)));
console.log(/^$/.test(""), /a|/.exec("b")[0] === "", "aaa".lastIndexOf("a"));
