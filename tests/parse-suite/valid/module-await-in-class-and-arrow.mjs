// accept: await in an async arrow and async method in a module
const f = async () => await 1
class A { async m() { await 2 } }
