// reject: module goal: export default var
export default var a;
