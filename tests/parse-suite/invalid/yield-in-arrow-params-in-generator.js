// reject: yield in generator context: yield expression in arrow parameters inside a generator
function* g() {
  (a = yield) => 1;
}
