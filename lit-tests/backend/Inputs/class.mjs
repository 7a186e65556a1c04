class Animal {
  name;
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
}
class Dog extends Animal {
  #tricks = 0;
  static count = 0;
  constructor(name) { super(name); Dog.count++; }
  learn() { this.#tricks++; return this; }
  speak() { return super.speak() + ` and knows ${this.#tricks} tricks`; }
}
console.log(new Dog("Rex").learn().speak(), Dog.count);
