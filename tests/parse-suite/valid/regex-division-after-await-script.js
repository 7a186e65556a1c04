// accept: await / x / g divides where await is an identifier (script)
var await = 6, x = 2, g = 3
await / x / g
