// A Mandelbrot-style kernel: nested loops of double arithmetic and an escape count per point.
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
function mandelbrot(size, limit) {
  let total = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) total += escapeCount(-2 + (3 * x) / size, -1.5 + (3 * y) / size, limit);
  }
  return total;
}
function run() { return String(mandelbrot(450, 200)); }
