// reject: yield in generator context: function declaration named yield inside a generator body
function* g() {
  function yield() {}
}
