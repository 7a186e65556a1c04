// reject: await in async, module or static block context: var await in a module
var await;
