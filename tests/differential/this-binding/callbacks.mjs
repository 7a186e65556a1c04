class Btn { constructor(l) { this.label = l; } click() { return this?.label ?? "lost"; } }
const b = new Btn("ok");
const handlers = [b.click, b.click.bind(b), () => b.click()];
console.log(handlers.map((h) => h()).join());
class Field { label = "field"; handler = () => this.label; }
const { handler } = new Field();
console.log(handler());
const h = new Field(); const other = { label: "other", handler: h.handler };
console.log(other.handler());
