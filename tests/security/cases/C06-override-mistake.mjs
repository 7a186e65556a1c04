// case: C06 override mistake compatibility
// context: N
// expect: compile
// outcome: result = ["BN(7)","own","E"]
function BN(v) { this.v = v; }
BN.prototype.toString = function () { return `BN(${this.v})`; };
const plain = {};
plain.toString = () => 'own';
class E extends Error {}
E.prototype.name = 'E';
export const result = [String(new BN(7)), String(plain), new E('m').name];
