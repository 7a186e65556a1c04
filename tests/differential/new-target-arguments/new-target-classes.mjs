class Base { constructor() { this.created = new.target.name; } static create() { return new this(); } }
class Child extends Base {}
console.log(new Base().created, new Child().created, Child.create().created);
class Abstract { constructor() { if (new.target === Abstract) throw new TypeError("cannot instantiate Abstract"); } }
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete() instanceof Abstract);
