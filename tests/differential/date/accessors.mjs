// Every getter and setter: local (UTC here) and UTC forms, invalid dates, argument order, overflow.
const getters = ["getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds",
  "getMilliseconds", "getTime", "valueOf", "getTimezoneOffset", "getYear"];
const fields = (d) => getters.map((g) => d[g]()).join(" ");
const utcFields = (d) => ["getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay", "getUTCHours",
  "getUTCMinutes", "getUTCSeconds", "getUTCMilliseconds"].map((g) => d[g]()).join(" ");
const times = [0, -1, 1, 86399999, 86400000, -86400000, 951782400000, 951868799999, 1646128800123, -62167219200000,
  -62167219200001, -62198755200000, 253402300799999, 253402300800000, 8.64e15, -8.64e15, -12219292800000,
  -2208988800000, 4107542400000, 1e12, -1e12, 1234567890123, NaN];
for (const t of times) {
  const d = new Date(t);
  console.log(t, "|", fields(d), "|", utcFields(d));
}

// Setters: each with all its argument counts, on a valid date.
const base = Date.UTC(2022, 2, 1, 10, 20, 30, 456);
const calls = [
  ["setMilliseconds", [999]], ["setMilliseconds", [1000]], ["setMilliseconds", [-1]],
  ["setSeconds", [59]], ["setSeconds", [60, 5]], ["setSeconds", [-1, -1]],
  ["setMinutes", [0]], ["setMinutes", [61, 2]], ["setMinutes", [1, 2, 3]],
  ["setHours", [0]], ["setHours", [24]], ["setHours", [1, 2]], ["setHours", [1, 2, 3]], ["setHours", [1, 2, 3, 4]],
  ["setHours", [-25]], ["setDate", [31]], ["setDate", [32]], ["setDate", [0]], ["setDate", [-365]],
  ["setMonth", [0]], ["setMonth", [13]], ["setMonth", [-1]], ["setMonth", [1, 29]], ["setMonth", [1, 31]],
  ["setFullYear", [2024]], ["setFullYear", [2024, 1]], ["setFullYear", [2024, 1, 29]], ["setFullYear", [2023, 1, 29]],
  ["setFullYear", [0]], ["setFullYear", [-1]], ["setFullYear", [99]], ["setFullYear", [275760, 8, 13]],
  ["setFullYear", [275760, 8, 14]], ["setFullYear", [-271821, 3, 19]], ["setYear", [99]], ["setYear", [100]],
  ["setYear", [5]], ["setYear", [-5]], ["setYear", [2022.7]], ["setYear", [NaN]], ["setYear", []],
  ["setTime", [0]], ["setTime", [-0]], ["setTime", [1.7]], ["setTime", [8.64e15 + 1]], ["setTime", ["86400000"]],
  ["setTime", []], ["setTime", [null]], ["setMilliseconds", []], ["setSeconds", [undefined]], ["setDate", [NaN]],
  ["setMonth", [Infinity]], ["setHours", [1, NaN]], ["setMinutes", [1, 2, undefined]], ["setFullYear", [2022, undefined]],
  ["setSeconds", [1.9, 1.9]], ["setHours", ["12", "30"]],
];
for (const [name, args] of calls) {
  for (const form of [name, name.replace("set", "setUTC")]) {
    if (!(form in Date.prototype)) continue;
    const d = new Date(base);
    const result = d[form](...args);
    console.log(form, JSON.stringify(args), result, isNaN(d) ? "Invalid Date" : d.toISOString(), Object.is(result, d.getTime()));
  }
}

// Setters on an invalid date: only setFullYear (and setYear) revive it, from +0.
for (const [name, args] of [["setMilliseconds", [1]], ["setSeconds", [1]], ["setMinutes", [1]], ["setHours", [1]],
  ["setDate", [2]], ["setMonth", [1]], ["setFullYear", [2020]], ["setFullYear", [2020, 5]], ["setFullYear", [2020, 5, 6]],
  ["setUTCFullYear", [2020]], ["setUTCHours", [5]], ["setYear", [80]], ["setTime", [5]]]) {
  const d = new Date(NaN);
  const result = d[name](...args);
  console.log("invalid", name, JSON.stringify(args), result, isNaN(d) ? "Invalid Date" : d.toISOString());
}

// Arguments are converted in order. (On an invalid date the specification converts every argument
// before returning NaN, and reads the time value before converting; V8 stops after the first and
// reads it after, so those cases are not compared here.)
const log = [];
const spy = (name, value) => ({ valueOf() { log.push(name); return value; } });
const invalid = new Date(NaN);
console.log(invalid.setHours(spy("h", 1)), log.join(","));
log.length = 0;
console.log(new Date(0).setFullYear(spy("y", 2000), spy("m", 1), spy("d", 2)), log.join(","));
log.length = 0;
console.log(new Date(0).setSeconds(spy("s", 1)), log.join(","));
try {
  new Date(0).setDate({ valueOf() { throw new Error("boom"); } });
} catch (e) { console.log("conversion throws", e.message); }
try { new Date(0).setTime(Symbol()); } catch (e) { console.log("symbol", e.constructor.name); }

// Leap years and month lengths through setters.
for (const year of [1600, 1700, 1900, 2000, 2001, 2004, 2100, 2400, -4, -100, -400, 0]) {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, 1, 29);
  const lengths = [];
  for (let m = 0; m < 12; m++) lengths.push(new Date(Date.UTC(2000, m + 1, 0)).setUTCFullYear(year, m + 1, 0) && new Date(new Date(0).setUTCFullYear(year, m + 1, 0)).getUTCDate());
  console.log("year", year, d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), lengths.join(","));
}

// Week days across a span, crossing year boundaries.
let days = [];
for (let t = Date.UTC(1969, 11, 25); t < Date.UTC(1970, 0, 8); t += 86400000) days.push(new Date(t).getDay());
console.log("weekdays", days.join(""));
days = [];
for (let t = Date.UTC(-1, 11, 28); t < new Date(0).setUTCFullYear(0, 0, 5); t += 86400000) days.push(new Date(t).getUTCDay() + ":" + new Date(t).getUTCDate());
console.log("weekdays around year 0", days.join(" "));

// Receivers that are not Dates.
for (const name of ["getTime", "getFullYear", "getUTCDay", "valueOf", "getTimezoneOffset", "getYear", "setTime",
  "setFullYear", "setUTCHours", "setYear", "toString", "toISOString", "toUTCString", "toGMTString", "toLocaleString",
  "toDateString", "toTimeString", "toLocaleDateString", "toLocaleTimeString"]) {
  for (const receiver of [{}, 1, "2022-01-01", null, undefined, Object.create(Date.prototype)]) {
    try {
      Date.prototype[name].call(receiver);
      console.log(name, "no error");
    } catch (e) {
      // V8 renders an object inheriting from Date.prototype as [object Object] in the message.
      console.log(name, e.constructor.name, receiver instanceof Date ? "" : e.message);
    }
  }
}
