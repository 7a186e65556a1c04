// accept: methods named yield and await, fields named yield and await
class A {
  yield() {}
  await() {}
  static yield = 1
  await = 2
}
