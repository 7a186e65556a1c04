// Runs under cruftvm: limits, intrinsics, capabilities and errors.
import { shout } from "chatty";
const mode = process.argv[2] ?? "ok";
if (mode === "ok") {
  console.log(shout("hello"), process.argv.length);
  try { Array.prototype.push = () => 0; } catch (e) { console.log(e.constructor.name, e.message); }
  const tamed = {}; tamed.toString = () => "own toString"; console.log(String(tamed));
  try { const F = (function () {}).constructor; F("return 1"); } catch (e) { console.log(e.message); }
} else if (mode === "cycles") {
  let kept = 0;
  for (let i = 0; i < 1000000; i++) { const a = { i }; const b = { a }; a.b = b; if (i % 250000 === 0) kept++; }
  console.log("cycles done", kept);
} else if (mode === "hoard") {
  const all = [];
  for (;;) all.push({ payload: new Array(1000).fill(all.length) });
} else if (mode === "spin") {
  for (;;) {}
} else if (mode === "deep") {
  const down = (n) => down(n + 1) + 1;
  down(0);
} else if (mode === "throw") {
  const fail = () => { throw new RangeError("out of range: " + mode); };
  fail();
} else if (mode === "env") {
  console.log("variable:", process.env.CRUFT_TEST_VARIABLE ?? "not visible");
} else if (mode === "exit") {
  process.exitCode = 7;
} else if (mode === "reject") {
  Promise.reject(new RangeError("nobody handles this"));
  Promise.resolve().then(() => console.log("jobs still run first"));
} else if (mode === "deep-native") {
  // Every level goes through a built-in that calls back into bytecode, one host frame deeper.
  const down = () => [1].map(down).length + JSON.parse("[1]", () => down()).length;
  down();
}
