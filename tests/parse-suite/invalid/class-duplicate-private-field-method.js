// reject: class: private field and private method of the same name
class A {
  #a;
  #a() {}
}
