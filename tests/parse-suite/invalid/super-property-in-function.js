// reject: super outside its allowed contexts: super.x in a plain function
function f() {
  super.x;
}
