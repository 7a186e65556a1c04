// accept: super() in a derived constructor, also inside an arrow; super.x in methods, fields and arrows
class A {}
class B extends A {
  x = super.constructor
  constructor() {
    const f = () => super()
    f()
    super.m?.()
  }
  m() { return () => super.m }
  static s() { return super.name }
}
