// reject: class: arguments in an arrow in a field initializer
class A {
  x = () => arguments;
}
