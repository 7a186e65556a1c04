class A { constructor(...args) { this.args = args; } static create() { return new this(1, 2); } m() { return "A.m"; } }
class B extends A { constructor(...args) { super(...args, "extra"); } static create() { return super.create(); } m() { return super.m() + ">B.m"; } }
const b = B.create();
console.log(JSON.stringify(b.args), b instanceof B, b.m());
class C extends A { constructor() { try { this.x = 1; } catch (e) { log(e.name); } super(); } }
function log(x) { console.log(x); }
new C();
class D extends A { constructor() { super(); try { super(); } catch (e) { log(e.name); } } }
new D();
