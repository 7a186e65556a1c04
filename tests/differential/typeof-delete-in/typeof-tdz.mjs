try { console.log(typeof later); } catch (e) { console.log(e.name); }
let later = 1;
console.log(typeof later);
console.log(typeof globalThis, typeof Math, typeof JSON, typeof Reflect, typeof console.log);
