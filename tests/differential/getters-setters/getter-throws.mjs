const o = { get bad() { throw new Error("getter failed"); } };
try { o.bad; } catch (e) { console.log(e.message); }
try { JSON.stringify(o); } catch (e) { console.log("json:", e.message); }
try { const { bad } = o; } catch (e) { console.log("destructure:", e.message); }
console.log("bad" in o, Object.keys(o).join());
