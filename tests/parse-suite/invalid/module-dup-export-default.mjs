// reject: module goal: two export default
export default 1;
export default 2;
