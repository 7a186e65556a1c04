// reject: yield in generator context: yield* with no operand
function* g() {
  yield*;
}
