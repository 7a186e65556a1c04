// reject: module goal: string export name used twice
var a, b;
export { a as "x", b as "x" };
