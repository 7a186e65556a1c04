const text = '{"b":1,"a":2,"10":3,"2":4,"c":{"z":1,"y":2}}';
const o = JSON.parse(text);
console.log(Object.keys(o).join(), Object.keys(o.c).join());
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, ["a", "c", "z"]));
