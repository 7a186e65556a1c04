const s = Symbol("desc"), t = Symbol(), u = Symbol("");
console.log(typeof s, s.toString(), s.description, t.description, JSON.stringify(u.description), t.toString());
console.log(s === Symbol("desc"), String(s), Object(s) instanceof Symbol, typeof Object(s));
try { new Symbol(); } catch (e) { console.log(e.name); }
try { s + ""; } catch (e) { console.log(e.name); }
try { +s; } catch (e) { console.log(e.name); }
