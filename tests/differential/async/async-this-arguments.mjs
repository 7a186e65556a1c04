const o = { tag: "o", async m() { await null; return this.tag; } };
console.log(await o.m());
async function args() { await null; return arguments.length + ":" + [...arguments].join(); }
console.log(await args(1, 2, 3));
class K { constructor() { this.v = "k"; } async run() { const f = async () => { await null; return this.v; }; return f(); } }
console.log(await new K().run());
