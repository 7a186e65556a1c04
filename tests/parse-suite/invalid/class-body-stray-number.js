// reject: class: number where a class element name ends
class A {
  1 2
}
