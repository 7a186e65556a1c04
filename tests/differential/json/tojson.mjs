const o = { toJSON(key) { return "custom for key '" + key + "'"; } };
console.log(JSON.stringify(o), JSON.stringify({ nested: o }), JSON.stringify([o]));
class Money { constructor(c) { this.c = c; } toJSON() { return { cents: this.c, str: (this.c / 100).toFixed(2) }; } }
console.log(JSON.stringify({ price: new Money(1999) }));
console.log(JSON.stringify({ toJSON: () => undefined }), JSON.stringify({ a: { toJSON: () => undefined } }));
