try { const { a } = null; } catch (e) { console.log(e.name); }
try { const [a] = {}; } catch (e) { console.log(e.name); }
try { const [a] = undefined; } catch (e) { console.log(e.name); }
const { b } = 5; console.log(b);
const { length } = []; console.log(length);
const { toFixed } = 1; console.log(typeof toFixed);
