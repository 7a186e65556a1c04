// reject: module goal: export declaration in a CommonJS module
export default 1;
