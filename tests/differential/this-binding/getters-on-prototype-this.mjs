const proto = { get full() { return this.first + " " + this.last; }, set full(v) { [this.first, this.last] = v.split(" "); } };
const p = Object.create(proto);
p.full = "Ada Lovelace";
console.log(p.full, Object.keys(p).join(), proto.full);
const q = Object.create(p);
q.first = "Grace";
console.log(q.full, p.full);
console.log(Object.keys(q).join());
