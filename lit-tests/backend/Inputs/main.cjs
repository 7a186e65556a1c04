"use strict";
const helper = require("./helper.cjs");
exports.total = helper.add(2, 3);
module.exports.name = __filename.length > 0 ? "main" : "";
console.log(exports.total);
