const arrow = async (x) => x * 2;
const o = { async m() { return this.v; }, v: "method" };
class C { async cm() { return "class method"; } static async sm() { return "static"; } }
const results = await Promise.all([arrow(21), o.m(), new C().cm(), C.sm()]);
console.log(results.join());
console.log(arrow.constructor.name, Object.prototype.toString.call(arrow));
console.log(typeof arrow(1).then);
