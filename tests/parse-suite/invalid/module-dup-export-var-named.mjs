// reject: module goal: name exported twice (declaration and list)
export var a;
export { a };
