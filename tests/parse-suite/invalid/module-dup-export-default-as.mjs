// reject: module goal: export default and export { a as default }
var a;
export default 1;
export { a as default };
