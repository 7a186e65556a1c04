// reject: yield in generator context: yield as an arrow parameter inside a generator
function* g() {
  (yield) => 1;
}
