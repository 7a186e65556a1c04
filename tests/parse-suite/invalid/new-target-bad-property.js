// reject: new.target outside functions: new.foo (only new.target is a meta property)
function f() {
  new.foo;
}
