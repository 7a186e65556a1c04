// The Date constructor's argument forms, Date.UTC, TimeClip and the constructor's own properties.
const show = (label, d) => console.log(label, d.getTime(), isNaN(d) ? "Invalid Date" : d.toISOString());

// One argument: a time value, a string, a Date, an object converted by ToPrimitive.
show("0", new Date(0));
show("-0", new Date(-0));
console.log("-0 is +0", Object.is(new Date(-0).getTime(), 0), Object.is(new Date(-0.5).getTime(), 0));
show("1.9", new Date(1.9));
show("-1.9", new Date(-1.9));
show("8.64e15", new Date(8.64e15));
show("-8.64e15", new Date(-8.64e15));
show("8.64e15+1", new Date(8.64e15 + 1));
show("-8.64e15-1", new Date(-8.64e15 - 1));
show("NaN", new Date(NaN));
show("Infinity", new Date(Infinity));
show("-Infinity", new Date(-Infinity));
show("undefined", new Date(undefined));
show("null", new Date(null));
show("true", new Date(true));
show("false", new Date(false));
show("'0'", new Date("0"));
show("'1000'", new Date("1000"));
show("string iso", new Date("2020-02-29T12:34:56.789Z"));
show("bad string", new Date("not a date"));
show("[]", new Date([]));
show("[2020]", new Date([2020]));
show("object valueOf", new Date({ valueOf: () => 86400000 }));
show("object toString", new Date({ toString: () => "1999-12-31", valueOf: undefined }));
show("object toPrimitive", new Date({ [Symbol.toPrimitive]: (hint) => (hint === "default" ? "2001-01-01" : 5) }));
const original = new Date(123456789);
const copy = new Date(original);
show("copy", copy);
console.log("copy is new", copy !== original);
original.valueOf = () => 42;
show("copy ignores valueOf", new Date(original));
show("bigint-free number string", new Date("  123  "));
try { new Date(Symbol("s")); } catch (e) { console.log("symbol", e.constructor.name); }
try { new Date(1n); } catch (e) { console.log("bigint", e.constructor.name); }

// Several arguments: local fields (UTC here), two-digit years, overflow.
show("2022,2", new Date(2022, 2));
show("2022,2,1", new Date(2022, 2, 1));
show("all seven", new Date(2022, 2, 1, 10, 20, 30, 456));
show("eight args", new Date(2022, 2, 1, 10, 20, 30, 456, 999));
show("year 0", new Date(0, 0));
show("year 99", new Date(99, 11, 31));
show("year 99.9", new Date(99.9, 0));
show("year 100", new Date(100, 0));
show("year -1", new Date(-1, 0));
show("year 1e6", new Date(1e6, 0));
show("month 12", new Date(2022, 12, 1));
show("month -1", new Date(2022, -1, 1));
show("month -13", new Date(2022, -13, 1));
show("month 1.9", new Date(2022, 1.9, 1));
show("date 0", new Date(2022, 2, 0));
show("date -1", new Date(2022, 2, -1));
show("date 366", new Date(2022, 0, 366));
show("date 1e8", new Date(1970, 0, 1e8));
show("date 1e8+1", new Date(1970, 0, 1e8 + 2));
show("hours 25", new Date(2022, 0, 1, 25));
show("minutes -1", new Date(2022, 0, 1, 0, -1));
show("seconds 3600", new Date(2022, 0, 1, 0, 0, 3600));
show("ms 1e9", new Date(2022, 0, 1, 0, 0, 0, 1e9));
show("ms 0.9", new Date(2022, 0, 1, 0, 0, 0, 0.9));
show("NaN month", new Date(2022, NaN));
show("undefined date", new Date(2022, 0, undefined));
show("Infinity hours", new Date(2022, 0, 1, Infinity));
show("string fields", new Date("2022", "5", "15"));
show("leap 2000", new Date(2000, 1, 29));
show("no leap 1900", new Date(1900, 1, 29));
show("leap 2024", new Date(2024, 1, 29));
show("no leap 2100", new Date(2100, 1, 29));
show("leap 1600", new Date(1600, 1, 29));
show("max", new Date(275760, 8, 13));
show("max+1ms", new Date(275760, 8, 13, 0, 0, 0, 1));
show("min", new Date(-271821, 3, 20));
show("min-1ms", new Date(-271821, 3, 19, 23, 59, 59, 999));
const order = [];
const spy = (name, value) => ({ valueOf() { order.push(name); return value; } });
new Date(spy("y", 2020), spy("m", 1), spy("d", 2), spy("h", 3), spy("min", 4), spy("s", 5), spy("ms", 6), spy("extra", 7));
console.log("conversion order", order.join(","));

// Date.UTC.
console.log("UTC()", Date.UTC());
console.log("UTC(2022)", Date.UTC(2022));
console.log("UTC(2022, 2)", Date.UTC(2022, 2));
console.log("UTC all", Date.UTC(2022, 2, 1, 10, 20, 30, 456));
console.log("UTC 99", Date.UTC(99, 0, 1), Date.UTC(100, 0, 1), Date.UTC(-1, 0, 1));
console.log("UTC undefined month", Date.UTC(2022, undefined));
console.log("UTC NaN", Date.UTC(NaN), Date.UTC(2022, 0, NaN));
console.log("UTC limits", Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(-271821, 3, 20));
console.log("UTC fractional", Date.UTC(2022, 0, 1.5, 0.5, 0.5, 0.5, 0.5), Date.UTC(1970, 0, 1, 0, 0, 0, -0.5));
console.log("UTC -0", Object.is(Date.UTC(1970, 0, 1, 0, 0, 0, -0), 0));
console.log("UTC huge", Date.UTC(1e20, 0), Date.UTC(2022, 1e20), Date.UTC(2022, 0, 1e20));

// Properties of the constructor and prototype.
console.log("Date", typeof Date, Date.length, Date.name, Date.UTC.length, Date.parse.length, Date.UTC.name, Date.parse.name);
console.log("keys", Object.getOwnPropertyNames(Date).sort().join(","));
const protoDesc = Object.getOwnPropertyDescriptor(Date, "prototype");
console.log("prototype desc", protoDesc.writable, protoDesc.enumerable);
console.log("constructor", Date.prototype.constructor === Date);
console.log("prototype kind", Object.prototype.toString.call(Date.prototype), Object.prototype.toString.call(new Date(0)));
try { Date.prototype.getTime(); } catch (e) { console.log("proto getTime", e.constructor.name, e.message); }
console.log("proto of proto", Object.getPrototypeOf(Date.prototype) === Object.prototype);
console.log("instanceof", new Date(0) instanceof Date, Object.getPrototypeOf(new Date(0)) === Date.prototype);

// Subclasses.
class Stamp extends Date {
  constructor(...args) { super(...args); this.label = "stamp"; }
  get year() { return this.getUTCFullYear(); }
}
const s = new Stamp(2020, 5, 15);
console.log("subclass", s instanceof Stamp, s instanceof Date, s.year, s.label, s.toISOString());
console.log("subclass string", new Stamp("2021-01-01").getTime(), new Stamp(0).constructor.name);
console.log("subclass json", JSON.stringify(new Stamp(86400000)));
function Legacy() {}
const r = Reflect.construct(Date, [0], Legacy);
console.log("Reflect.construct newTarget", Object.getPrototypeOf(r) === Legacy.prototype, Date.prototype.getTime.call(r));
const bound = Date.bind(null, 2000, 0);
console.log("bound", new bound(15).toISOString());

// Own keys in node's order.
console.log(Object.getOwnPropertyNames(Date.prototype).join());
console.log(Reflect.ownKeys(Date).map(String).join(), Object.getOwnPropertySymbols(Date.prototype).map(String).join());
