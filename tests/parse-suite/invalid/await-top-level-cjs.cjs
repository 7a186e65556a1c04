// reject: await in async, module or static block context: top-level await in a CommonJS module (the wrapper is not async)
await x;
