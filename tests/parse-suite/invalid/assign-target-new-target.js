// reject: invalid assignment target: new.target on the left of =
function f() {
  new.target = 1;
}
