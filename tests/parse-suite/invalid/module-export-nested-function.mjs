// reject: module goal: export declaration in a function
function f() {
  export var a;
}
