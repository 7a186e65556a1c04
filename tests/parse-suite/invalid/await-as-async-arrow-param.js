// reject: await in async, module or static block context: async arrow parameter named await (parenthesized)
async (await) => 1;
