// reject: class: field named 'constructor'
class A {
  'constructor' = 1;
}
