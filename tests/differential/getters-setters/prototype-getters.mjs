class Box { constructor(w, h) { this.w = w; this.h = h; } get area() { return this.w * this.h; } set area(a) { this.w = a / this.h; } }
const b = new Box(2, 3);
console.log(b.area, Object.hasOwn(b, "area"), "area" in b);
b.area = 12;
console.log(b.w, b.area, JSON.stringify(b));
const child = Object.create(b);
child.h = 1;
console.log(child.area, b.area);
child.area = 10;
console.log(child.w, b.w, Object.keys(child).join());
