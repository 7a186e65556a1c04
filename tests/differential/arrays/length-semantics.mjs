const a = [];
a[4294967294] = "max";
console.log(a.length);
try { a.length = -1; } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name); }
const b = [1, 2, 3]; b.length = 0; console.log(b[0], b.length);
const c = [1, 2, 3]; c.length = 5; console.log(JSON.stringify(c), 4 in c);
const d = [1, 2, 3]; Object.defineProperty(d, "length", { writable: false });
try { d.push(4); } catch (e) { console.log(e.name, d.length); }
