export default class Named { hello() { return "hello from " + Named.name; } }
