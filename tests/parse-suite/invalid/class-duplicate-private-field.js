// reject: class: private field declared twice
class A {
  #a;
  #a;
}
