function early() { return late; }
try { early(); } catch (e) { console.log(e.name); }
let late = "ready";
console.log(early());
const f = () => typeof notYet;
try { f(); } catch (e) { console.log(e.name); }
const notYet = 1;
console.log(f());
