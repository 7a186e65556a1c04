// reject: await in async, module or static block context: async arrow parameter named await (bare)
async await => 1;
