// accept: new.target in field initializers
class A {
  x = new.target
  static y = () => new.target
}
