import { Circle, multiply, add, mathNs } from "./shapes.lib.mjs";
import * as shapes from "./shapes.lib.mjs";
console.log(new Circle(2).area(), multiply(3, 3), add(1, 2), mathNs.PI2);
console.log(Object.keys(shapes).join());
console.log("default" in shapes, typeof shapes.mathNs.default);
