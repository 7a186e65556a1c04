class A { static s = 1; b = 1; a = 2; constructor() { this.c = 3; } m() {} static t() {} }
const a = new A();
console.log(Object.keys(a).join(), Object.getOwnPropertyNames(A.prototype).join());
console.log(Object.getOwnPropertyNames(A).join());
class B extends A { d = 4; constructor() { super(); this.e = 5; } }
console.log(Object.keys(new B()).join());
