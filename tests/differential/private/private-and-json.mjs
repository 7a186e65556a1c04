class U { #pw = "hunter2"; name = "u"; toJSON() { return { name: this.name, len: this.#pw.length }; } }
console.log(JSON.stringify(new U()), JSON.stringify([new U()]), Object.getOwnPropertyNames(new U()).join());
console.log(Reflect.ownKeys(new U()).length, JSON.stringify({ ...new U() }));
const u = new U(); const copy = Object.assign({}, u);
console.log(JSON.stringify(copy), typeof copy.toJSON);
