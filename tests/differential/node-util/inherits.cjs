"use strict";
const util = require('util');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return `${this.name} barks`; };
const d = new Dog('Rex');
console.log(d.speak(), '/', d.bark());
console.log(d instanceof Animal, Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Dog.prototype.constructor === Dog, Object.keys(Dog.prototype).join(','));

for (const [label, ctor, superCtor] of [
  ['null ctor', null, Animal],
  ['undefined ctor', undefined, Animal],
  ['null superCtor', Dog, null],
  ['superCtor without prototype', Dog, {}],
  ['arrow superCtor', Dog, () => {}],
  ['number superCtor', Dog, 5],
]) {
  try {
    util.inherits(ctor, superCtor);
    console.log(label, 'accepted');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

// inheriting from a class
class Base { hello() { return 'hello from Base'; } }
function Derived() {}
util.inherits(Derived, Base);
console.log(new Derived().hello(), Derived.super_ === Base);
