let a = 10; a += 5; a -= 3; a *= 2; a /= 4; a %= 4; a **= 3; console.log(a);
let b = 5; b <<= 2; b >>= 1; b >>>= 0; b &= 14; b |= 1; b ^= 3; console.log(b);
let c = null, d = 0, e = 1;
c ??= "set"; d ||= "or"; e &&= "and"; console.log(c, d, e);
const o = { x: 1 };
o.x ||= 99; o.y ??= 7; o.z &&= 3; console.log(JSON.stringify(o), "z" in o);
let s = "a"; s += 1; s += null; console.log(s);
