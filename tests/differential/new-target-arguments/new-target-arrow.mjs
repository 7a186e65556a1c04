function Outer() { const arrow = () => new.target; return { t: arrow() === Outer }; }
console.log(new Outer().t, Outer().t);
function Inner() { return (() => (() => new.target)())(); }
console.log(Inner() === undefined, new Inner() instanceof Inner);
class K { constructor() { this.fn = () => new.target === K; } }
console.log(new K().fn());
