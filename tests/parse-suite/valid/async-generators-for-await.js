// accept: async generators and for await in async functions
async function* ag() {
  yield 1
  yield* ag()
  yield await 2
  for await (const x of ag()) {}
  for await (let [a, b] of []) {}
  for await (x.y of []) {}
}
