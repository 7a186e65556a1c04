// Date and the clock: `new Date()`, `Date()` and `Date.now()` read it through the clock handle;
// every other use of Date needs no capability.
const mode = process.argv[2];
if (mode === "now") {
  const before = Date.now();
  const d = new Date();
  const text = Date();
  const withArguments = Date(2022, 0, 1);
  const after = Date.now();
  console.log("object", typeof d, d instanceof Date, Object.getPrototypeOf(d) === Date.prototype);
  console.log("ordered", before <= d.getTime() && d.getTime() <= after, Number.isInteger(before));
  console.log("plausible", d.getFullYear() >= 2024 && d.getFullYear() < 2200);
  console.log("string", typeof text, /^\w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000 \(Coordinated Universal Time\)$/.test(text));
  console.log("arguments ignored", typeof withArguments, Date.parse(withArguments) >= Date.parse(text));
  const seconds = Math.floor(d.getTime() / 1000) * 1000;
  console.log("string near", Date.parse(text) >= seconds && Date.parse(text) <= after);
  console.log("new Date is a Date", Object.prototype.toString.call(d), d.toISOString() === new Date(d.getTime()).toISOString());
  const copy = new Date(d);
  copy.setUTCFullYear(2000);
  console.log("mutable", copy.getUTCFullYear(), d.getUTCFullYear() >= 2024);
} else if (mode === "pure") {
  console.log(new Date(0).toISOString(), Date.UTC(2022, 2, 1), Date.parse("2022-03-01"), new Date(2022, 2).getMonth());
} else if (mode === "indirect") {
  for (const attempt of [() => Reflect.construct(Date, []), () => globalThis.Date(2022), () => globalThis.Date.now()]) {
    try {
      attempt();
    } catch (e) {
      console.log(e.constructor.name, e.message);
    }
  }
} else if (mode === "date") {
  console.log(new Date());
} else if (mode === "string") {
  console.log(Date());
} else {
  console.log(Date.now());
}
