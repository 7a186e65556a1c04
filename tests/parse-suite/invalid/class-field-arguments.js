// reject: class: arguments in a field initializer
class A {
  x = arguments;
}
