// accept: HTML-like comments in a CommonJS module
<!-- comment
--> comment
module.exports = 1
