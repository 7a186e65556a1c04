try { [1, 2, 3].forEach((x) => { if (x === 2) throw new Error("stop at " + x); }); } catch (e) { console.log(e.message); }
try { [3, 1, 2].sort(() => { throw new Error("sort failed"); }); } catch (e) { console.log(e.message); }
try { JSON.parse("{bad"); } catch (e) { console.log(e.name); }
try { JSON.stringify({ toJSON() { throw new Error("toJSON threw"); } }); } catch (e) { console.log(e.message); }
