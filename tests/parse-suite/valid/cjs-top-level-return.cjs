// accept: top-level return in a CommonJS module
if (module.parent) return
module.exports = 1
return module.exports
