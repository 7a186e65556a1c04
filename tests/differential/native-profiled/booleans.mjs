// Boolean parameters, which only a profile can show: functions that take and return booleans, mixed
// with numbers, lowered to native code after cruftvm run --profile.
function step(x, forward) { return forward === true ? x + 1 : x - 1; }
function walk(n, forward) { let x = 0; for (let i = 0; i < n; i++) x = step(x, forward); return x; }
function choose(flag, a, b) { return flag ? a : b; }
function both(p, q) { return p && q; }
function either(p, q) { return p || !q; }
function count(flag, n) { let c = 0; for (let i = 0; i < n; i++) if (flag !== (i % 3 === 0)) c++; return c; }

console.log('walk', walk(1000, true), walk(10, false), walk(0, true));
console.log('step', step(1.5, true), step(-0, false), step(NaN, true));
console.log('choose', choose(true, 1, 2), choose(false, 1, 2), choose(true, -0, 0), choose(false, NaN, Infinity));
console.log('both', both(true, true), both(true, false), both(false, true), both(false, false));
console.log('either', either(true, true), either(false, true), either(false, false));
console.log('count', count(true, 100), count(false, 100), count(true, 0));
