let x = "outer";
{ let x = "inner"; { const x = "innermost"; console.log(x); } console.log(x); }
console.log(x);
var v = 1;
{ var v = 2; }
console.log(v);
const fs = [];
{ let i = 0; fs.push(() => i); i = 5; }
console.log(fs[0]());
