// accept: object methods: async, generator, async generator, with computed and keyword names
var k = 'k'
var o = { async [k]() {}, *[k]() {}, async *[k]() {}, async get() {}, *set() {}, async *static() {} }
