// reject: class: private field named #constructor
class A {
  #constructor;
}
