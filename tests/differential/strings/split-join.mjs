console.log(JSON.stringify("a,b,,c".split(",")), JSON.stringify("abc".split("")), JSON.stringify("".split(",")), JSON.stringify("".split("")));
console.log(JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("a1b2c3".split(/\d/)), JSON.stringify("a1b2".split(/(\d)/)));
console.log([1, null, undefined, 2].join("-"), [[1, 2], [3]].join(";"), [].join(), [1, 2, 3].join());
