require("strict-dep");
require("bad-caps");
const vm = require("vm");
process.binding("fs");
setTimeout("tick()", 100);
undeclaredTotal = 1;
with (Math) { cos(0); }
module.exports = document.title;
