// reject: class: space between # and the name
class A {
  # x;
}
