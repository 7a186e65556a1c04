// reject: module goal: export default of a comma expression
export default 1, 2;
