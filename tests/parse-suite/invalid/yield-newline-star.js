// reject: yield in generator context: yield, newline, *: the newline ends the yield, then * has no left operand
function* g() {
  yield
  * 2;
}
