// reject: yield in generator context: var yield in a generator
function* g() {
  var yield;
}
