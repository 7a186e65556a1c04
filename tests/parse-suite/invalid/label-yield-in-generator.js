// reject: label: yield as a label in a generator
function* g() {
  yield: ;
}
