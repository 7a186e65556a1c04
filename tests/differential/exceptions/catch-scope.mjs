let e = "outer";
try { throw "inner"; } catch (e) { console.log(e); }
console.log(e);
try { throw 1; } catch (err) { var hoisted = "var in catch"; }
console.log(hoisted);
const fs = [];
for (let i = 0; i < 2; i++) try { throw i; } catch (x) { fs.push(() => x); }
console.log(fs.map((f) => f()).join());
