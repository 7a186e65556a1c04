// reject: new.target outside functions: escaped new.t\u0061rget
function f() {
  new.t\u0061rget;
}
