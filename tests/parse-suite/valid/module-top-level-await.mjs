// accept: top-level await and for await in a module
await 1
const m = await import('m')
for await (const x of []) ;
await new Promise(r => r())
if (await 0) {}
