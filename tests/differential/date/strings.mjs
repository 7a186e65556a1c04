// The string forms of a Date, toJSON, Symbol.toPrimitive and how console.log shows Dates.
const times = [0, -1, 1646128800123, 1641038707000, 1641081599999, 1641042000000, 951782400000, -62167219200000,
  -62167219200001, -62198755200000, -65317795200000, -12219292800000, -14831769600000, 253402300799999,
  253402300800000, 8.64e15, -8.64e15, -1e14, 1e14, -30610224000000, -30610224000001, 43200000, 46800000, NaN];
for (const t of times) {
  const d = new Date(t);
  console.log(t);
  console.log("  toString", d.toString());
  console.log("  toDateString", d.toDateString());
  console.log("  toTimeString", d.toTimeString());
  console.log("  toUTCString", d.toUTCString(), d.toGMTString() === d.toUTCString());
  console.log("  toLocale", d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString());
  let iso;
  try { iso = d.toISOString(); } catch (e) { iso = e.constructor.name + ": " + e.message; }
  console.log("  toISOString", iso, "toJSON", d.toJSON());
  console.log("  String", String(d) === d.toString(), `${d}` === d.toString(), d + "" === d.toString());
}

// Hours through a day in the en-US 12-hour clock.
const hours = [];
for (let h = 0; h < 24; h++) hours.push(new Date(Date.UTC(2022, 0, 1, h, 5, 9)).toLocaleTimeString());
console.log(hours.join(" | "));

// toJSON is generic: ToPrimitive(this, number), null for a non-finite number, else this.toISOString().
console.log(Date.prototype.toJSON.call({ valueOf: () => 1, toISOString: () => "custom" }));
console.log(Date.prototype.toJSON.call({ valueOf: () => Infinity, toISOString: () => "unused" }));
console.log(Date.prototype.toJSON.call({ valueOf: () => "str", toISOString() { return typeof this; } }));
try { Date.prototype.toJSON.call({ toISOString: 5 }); } catch (e) { console.log(e.constructor.name); }
try { Date.prototype.toJSON.call(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toJSON.call(undefined); } catch (e) { console.log(e.constructor.name); }
console.log(Date.prototype.toJSON.length, Date.prototype.toJSON.name);

// JSON.stringify.
console.log(JSON.stringify(new Date(0)));
console.log(JSON.stringify([new Date(1646128800123), new Date(NaN), { when: new Date(-62198755200000) }]));
console.log(JSON.stringify({ d: new Date(8.64e15) }, null, 1));
console.log(JSON.stringify(new Date(0), (key, value) => (key === "" ? "replaced " + value : value)));
const tagged = new Date(0);
tagged.toJSON = () => "own toJSON";
console.log(JSON.stringify({ tagged }));

// Symbol.toPrimitive and the operators.
const d = new Date(86400000);
const toPrimitive = Date.prototype[Symbol.toPrimitive];
console.log(typeof toPrimitive, toPrimitive.name, toPrimitive.length);
// (cruft freezes every intrinsic, so writable and configurable are not compared.)
const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.enumerable);
console.log(d[Symbol.toPrimitive]("number"), d[Symbol.toPrimitive]("string"), d[Symbol.toPrimitive]("default"));
for (const hint of [undefined, "NUMBER", "", 1, null]) {
  try { d[Symbol.toPrimitive](hint); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { toPrimitive.call(1, "number"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(toPrimitive.call({ valueOf: () => 7, toString: () => "seven" }, "number"));
console.log(toPrimitive.call({ valueOf: () => 7, toString: () => "seven" }, "default"));
try { toPrimitive.call({ valueOf: () => ({}), toString: () => ({}) }, "number"); } catch (e) { console.log(e.constructor.name); }
console.log(d + 1, d - 1, +d, d * 2, d / 86400000, -d);
console.log(d == d.toString(), d == 86400000, d === 86400000, d < new Date(86400001), d > 86399999);
console.log(new Date(0) == new Date(0), +new Date(0) === +new Date(0));
console.log([new Date(2), new Date(1), new Date(3)].sort((a, b) => a - b).map(Number).join());
console.log(`${new Date(0)}`, String(new Date(NaN)), "" + new Date(NaN), +new Date(NaN));
console.log(Math.max(new Date(5), new Date(9)), Number(new Date(-5)), isNaN(new Date("x")));
console.log(Object.keys(new Date(0)).length, JSON.stringify(Object.getOwnPropertyNames(new Date(0))));

// console.log of Dates, alone, nested and with own properties.
console.log(new Date(0));
console.log(new Date(NaN));
console.log(new Date(-62198755200000), new Date(8.64e15));
console.log([new Date(1646128800123), new Date(NaN)]);
console.log({ start: new Date(0), end: new Date(86400000) });
const extra = new Date(0);
extra.note = "hi";
console.log(extra);
console.log({ extra });
class Stamp extends Date {}
console.log(new Stamp(0), [new Stamp(NaN)]);
console.log(new Map([[new Date(0), new Date(1)]]));

// Method properties.
for (const name of ["toString", "toDateString", "toTimeString", "toISOString", "toUTCString", "toLocaleString",
  "toLocaleDateString", "toLocaleTimeString", "getTime", "setTime", "setHours", "setUTCFullYear", "setYear", "getYear"]) {
  const p = Object.getOwnPropertyDescriptor(Date.prototype, name);
  console.log(name, p.value.name, p.value.length, p.enumerable);
}
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.toGMTString.name);
console.log(Object.getOwnPropertyNames(Date.prototype).length);

// Beyond console.log's depth limit a Date without properties is still printed; with them it is [Date].
console.log({ a: { b: { c: new Date(0) } } });
console.log({ a: { b: { c: { d: new Date(0) } } } });
console.log({ a: { b: { c: extra } } });
console.log(Object.create(Date.prototype));
