// reject: await in async, module or static block context: function declaration named await inside an async function
async function f() {
  function await() {}
}
