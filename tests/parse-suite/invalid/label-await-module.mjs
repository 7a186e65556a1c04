// reject: label: await as a label in a module
await: ;
