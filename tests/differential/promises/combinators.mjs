const ok = (v) => Promise.resolve(v);
const no = (e) => Promise.reject(new Error(e));
console.log((await Promise.all([ok(1), 2, ok(3)])).join());
try { await Promise.all([ok(1), no("all-fail"), no("second")]); } catch (e) { console.log(e.message); }
console.log(JSON.stringify((await Promise.allSettled([ok(1), no("x")])).map((r) => r.status + ":" + (r.value ?? r.reason.message))));
console.log(await Promise.any([no("a"), ok("any-ok"), ok("later")]));
try { await Promise.any([no("a"), no("b")]); } catch (e) { console.log(e.name, e.errors.map((x) => x.message).join()); }
console.log(await Promise.race([new Promise((r) => setTimeout(() => r("slow"), 0)), ok("fast")]));
console.log((await Promise.all([])).length, JSON.stringify(await Promise.allSettled([])));
