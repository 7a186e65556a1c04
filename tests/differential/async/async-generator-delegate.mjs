// yield* in an async generator: over another async generator (requests are forwarded), over sync
// iterables (each value awaited) and over a hand-written async iterator.
async function* inner() {
  try {
    const x = yield "i1";
    console.log("inner got", x);
    yield "i2";
    return "inner-ret";
  } finally {
    console.log("inner finally");
  }
}
async function* outer() {
  const r = yield* inner();
  console.log("delegate result", r);
  const s = yield* ["s1", Promise.resolve("s2")];
  console.log("sync delegate result", s);
  yield* new Set(["set"]);
  return "outer-ret";
}
const out = [];
for await (const v of outer()) out.push(v);
console.log(out.join(","));

const o = outer();
console.log(JSON.stringify(await o.next()), JSON.stringify(await o.next("X")));
console.log(JSON.stringify(await o.return("stop")));
console.log(JSON.stringify(await o.next()));

const o2 = outer();
await o2.next();
try {
  await o2.throw(new Error("into inner"));
} catch (e) {
  console.log("caught", e.message);
}

// The inner generator catches a thrown request and keeps yielding.
async function* catcher() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      console.log("inner caught", e);
      return "recovered";
    }
  }
}
async function* wrapper() {
  const result = yield* catcher();
  yield "after " + result;
}
const c = wrapper();
console.log(JSON.stringify(await c.next()), JSON.stringify(await c.throw("E")), JSON.stringify(await c.next()));

// A hand-written async iterator without return: leaving the loop early just stops asking.
const manual = {
  [Symbol.asyncIterator]() {
    let n = 0;
    return { next: () => Promise.resolve({ value: n++, done: n > 5 }) };
  },
};
async function* viaManual() {
  try {
    yield* manual;
  } finally {
    console.log("viaManual finally");
  }
}
for await (const v of viaManual()) {
  console.log("m", v);
  if (v === 2) break;
}

// Delegating to a sync generator: its values are awaited, and return reaches its finally.
function* syncSource() {
  try {
    yield Promise.resolve("p1");
    yield "plain";
    yield Promise.resolve("p2");
  } finally {
    console.log("sync source closed");
  }
}
async function* fromSync() {
  yield* syncSource();
}
for await (const v of fromSync()) {
  console.log("s", v);
  if (v === "plain") break;
}

// Order of ticks: values delegated from a sync array and from an async generator, against a chain.
const order = [];
async function* mixed() {
  yield* [1, 2];
  yield* inner();
}
const chain = Promise.resolve()
  .then(() => order.push("t1"))
  .then(() => order.push("t2"))
  .then(() => order.push("t3"))
  .then(() => order.push("t4"))
  .then(() => order.push("t5"));
const collected = [];
for await (const v of mixed()) {
  order.push("v" + v);
  collected.push(v);
  if (collected.length === 3) break;
}
await chain;
console.log(order.join(","));
