// reject: await in async, module or static block context: async function expression named await
(async function await() {});
