// reject: module goal: export { x } of an undeclared name
export { x };
