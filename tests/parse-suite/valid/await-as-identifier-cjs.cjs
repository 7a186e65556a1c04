// accept: await as an identifier in a CommonJS module
var await = 1
await = 2
