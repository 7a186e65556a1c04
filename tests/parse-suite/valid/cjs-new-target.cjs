// accept: new.target at the top level of a CommonJS module (it is a function body)
if (new.target) {}
var t = () => new.target
