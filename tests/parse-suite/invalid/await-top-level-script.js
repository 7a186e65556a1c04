// reject: await in async, module or static block context: top-level await in a classic script
await x;
