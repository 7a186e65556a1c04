// accept: static initialization blocks with var/let/function, this, super, new.target, await as a property
class B { static x = 1 }
class A extends B {
  static {
    var a = this
    let b = super.x
    function f() {}
    new.target
    this.await = a.await
  }
  static {}
}
