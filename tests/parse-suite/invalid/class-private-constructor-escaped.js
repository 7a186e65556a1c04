// reject: class: private field named #\u0063onstructor
class A {
  #\u0063onstructor;
}
