// reject: await in async, module or static block context: arrow parameter named await in a module
(await) => 1;
