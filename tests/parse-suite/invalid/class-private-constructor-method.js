// reject: class: private method named #constructor
class A {
  #constructor() {}
}
