// Representative functions for cruftc build --emit=hot-report and --emit=llvm.
export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

function escapeCount(cr, ci, limit) {
  let zr = 0, zi = 0, n = 0;
  while (n < limit && zr * zr + zi * zi <= 4) {
    const t = zr * zr - zi * zi + cr;
    zi = 2 * zr * zi + ci;
    zr = t;
    n++;
  }
  return n;
}

function toUint32(x) { return x >>> 0; }
function remainder(a, b) { return a % b; }
function roundHalfUp(x) { return Math.round(x); }
function isEven(n) { return n % 2 === 0; }

const scale = 3;
function usesModuleConstant(x) { return x * scale; }
function readsThis(x) { return this.base + x; }
function concatenates(x) { return 'n=' + x; }
function mayFallOff(x) { if (x > 0) return 1; }
function callsUnknown(x) { return Math.max(x, parseInt('3')); }
function makesClosure(x) { return [1, 2].map((y) => y * x).length; }
let replaced = function (x) { return x; };
function callsReassigned(x) { return replaced(x) + 1; }
replaced = (x) => -x;

console.log(fib(20), escapeCount(0.25, 0.5, 100), toUint32(-1), remainder(-7, 2), roundHalfUp(-2.5), isEven(7));
console.log(usesModuleConstant(2), concatenates(1), mayFallOff(-1), callsUnknown(1), makesClosure(2));
console.log(callsReassigned(5), readsThis.call({ base: 1 }, 2));
