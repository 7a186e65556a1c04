// Every way of loading or compiling code that the build cannot see, each rejected, plus the
// controls that must keep compiling.
const name = process.argv[2];
const plugin = require("./plugins/" + name);
const loader = require;
if (require.main === module) console.log("run directly");
const sum = eval("1 + 1");
const make = new Function("a", "return a");
const lazy = import(`./plugins/${name}.js`);
const where = require.resolve(name);
require("/etc/passwd");
require("https://example.com/payload.js");
require("../outside.js");
require("./missing.js");
require("dep/internal/secret.js");
require("./addon.node");

// Controls: none of these is a violation.
const dep = require("dep");
const fs = require("node:fs");
const ok = typeof require === "function" && typeof eval === "function";
function load(require, eval) { return require(eval); }
const tools = { eval(x) { return x; }, require: 1 };
tools.eval(Function.prototype.toString.call(load));
const viaLiteral = import("./plugins/a.js");
const path = require.resolve("dep");
module.exports = { dep, fs, ok, tools, viaLiteral, path, plugin, loader, sum, make, lazy, where };
