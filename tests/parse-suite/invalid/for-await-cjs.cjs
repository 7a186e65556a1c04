// reject: for-in/for-of: for await at the top level of a CommonJS module
for await (const x of y);
