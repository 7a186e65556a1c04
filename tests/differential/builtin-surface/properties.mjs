// The shape of every built-in: each own property of the constructors, prototypes and namespaces,
// whether it is data or accessor, enumerable or not, and each function's name and length.
// (Writable and configurable are left out: cruft freezes the intrinsics by design.)
const roots = ["Object","Function","Array","String","Number","Boolean","Symbol","BigInt","Math","JSON","Reflect","Promise","Map","Set","WeakMap","WeakSet","WeakRef","FinalizationRegistry","RegExp","Error","TypeError","RangeError","SyntaxError","ReferenceError","URIError","EvalError","AggregateError","Date","Proxy"];
// Left out on purpose: RegExp's legacy static properties (a channel between packages), Math.random
// (a capability, not part of the frozen global), and what is newer than ES2023 or V8-only.
const excluded = /^(RegExp\.(\$.|input|lastMatch|lastParen|leftContext|rightContext)|Math\.random|Symbol\.(asyncDispose|dispose)|Error\.prepareStackTrace|RegExp\.prototype\.compile|Object\.groupBy|Map\.groupBy|Promise\.withResolvers)(\.|$)/;
const seen = new Set();
const lines = [];
function visit(path, obj, depth) {
  if (obj === null || (typeof obj !== "object" && typeof obj !== "function") || seen.has(obj) || depth > 3) return;
  seen.add(obj);
  for (const key of Reflect.ownKeys(obj)) {
    if (key === "caller" || key === "arguments") continue;
    const d = Object.getOwnPropertyDescriptor(obj, key);
    const name = typeof key === "symbol" ? "[" + key.description + "]" : key;
    const p = path + "." + name;
    if (excluded.test(p)) continue;
    if ("value" in d) {
      const v = d.value;
      let extra = typeof v;
      if (typeof v === "function") extra += " name=" + JSON.stringify(v.name) + " length=" + v.length;
      else if (typeof v !== "object" || v === null) extra += " " + String(v);
      lines.push(p + " data e=" + d.enumerable + " " + extra);
      if (typeof v === "function" || (typeof v === "object" && v !== null)) visit(p, v, depth + 1);
    } else {
      lines.push(p + " accessor e=" + d.enumerable + " get=" + (d.get ? d.get.name + "/" + d.get.length : "-") + " set=" + (d.set ? d.set.name + "/" + d.set.length : "-"));
    }
  }
}
for (const r of roots) visit(r, globalThis[r], 0);
lines.sort();
console.log(lines.join("\n"));
