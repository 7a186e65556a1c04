const m = await import("./math.lib.mjs");
console.log(m.add(20, 22), m.default(6, 7));
const again = await import("./math.lib.mjs");
console.log(m === again);
const { Circle } = await import("./shapes.lib.mjs");
console.log(new Circle(1).area());
