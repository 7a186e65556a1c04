// reject: class: private setter with no parameter
class A {
  set #a() {}
}
