const util = require("@acme/util");
module.exports = util;
