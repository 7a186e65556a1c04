class Point {
  x; y = 0;
  constructor(x, y) { this.x = x; if (y !== undefined) this.y = y; }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
}
const p = new Point(1, 2);
console.log(String(p), String(Point.origin()), String(new Point(5)), typeof Point);
console.log(Object.keys(p).join(), p instanceof Point, Object.getPrototypeOf(p) === Point.prototype);
try { Point(); } catch (e) { console.log(e.name); }
console.log(Object.keys(Point.prototype).length, JSON.stringify(p));
