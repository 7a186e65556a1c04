function F() { return new.target === F ? "new F" : new.target === undefined ? "call" : "other"; }
function G() { this.r = F.call(this); this.t = new.target === G; }
console.log(F(), new F() instanceof F, JSON.stringify(new G()));
function Check() { if (!new.target) return new Check(); this.made = "via new"; }
console.log(Check().made, new Check().made);
console.log(Reflect.construct(F, [], Check) instanceof Check);
