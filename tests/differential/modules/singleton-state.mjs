import { next, shared } from "./state.lib.mjs";
import * as again from "./state.lib.mjs";
console.log(next(), again.next(), next());
shared.items.push("from main");
console.log(again.shared === shared, again.shared.items.join());
console.log(again.next === next);
