// reject: yield in generator context: escaped yield (yi\u0065ld) in a generator
function* g() {
  yi\u0065ld 1;
}
