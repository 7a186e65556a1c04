const dep = require("dep");
console.log(dep.answer);
