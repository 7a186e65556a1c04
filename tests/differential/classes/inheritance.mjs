class Animal { constructor(n) { this.name = n; } speak() { return `${this.name} makes a sound`; } get kind() { return "animal"; } }
class Dog extends Animal { speak() { return `${super.speak()}; ${this.name} barks`; } get kind() { return "dog<" + super.kind; } }
const d = new Dog("Rex");
console.log(d.speak(), d.kind, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
class Puppy extends Dog { constructor() { super("pup"); this.age = 0; } }
console.log(new Puppy().speak(), JSON.stringify(new Puppy()));
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype, new Puppy().kind, Dog.name, Puppy.length, Animal.length);
