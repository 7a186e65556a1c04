// reject: module goal: export name with a lone surrogate
var a;
export { a as "\uD800" };
