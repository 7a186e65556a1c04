// reject: await in async, module or static block context: function named await in a module
function await() {}
