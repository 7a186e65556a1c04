// The application: ES module uses of env (aliased and destructured), stdio and the global object.
import sink from "kitchen-sink";
import "./guards.js";
const p = process;
const { env: { HOME } } = process;
export const lang = p.env.LANG;
globalThis.setup = true;
console.log(HOME, sink.now());
