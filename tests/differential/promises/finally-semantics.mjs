const r1 = await Promise.resolve("v").finally(() => "ignored");
console.log(r1);
try { await Promise.resolve("v").finally(() => { throw new Error("finally threw"); }); } catch (e) { console.log(e.message); }
try { await Promise.reject(new Error("orig")).finally(() => {}); } catch (e) { console.log(e.message); }
const r2 = await Promise.reject(new Error("x")).finally(() => Promise.resolve("ignored too")).catch((e) => "caught " + e.message);
console.log(r2);
