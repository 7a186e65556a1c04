// reject: super outside its allowed contexts: super() in a class field initializer
class A extends B {
  x = super();
}
