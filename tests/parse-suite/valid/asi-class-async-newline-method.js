// accept: async then a line break in a class body is a field named async
class A {
  async
  m() {}
}
