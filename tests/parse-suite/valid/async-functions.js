// accept: async function declarations, expressions, arrows, methods, await forms
async function f() {
  await 1
  await await 2
  const x = await f()
  return await x
}
var g = async function () {}
var h = async () => await 1
var i = async x => x
var j = async (x, y) => { await x }
var o = { async m() {}, async *n() {} }
