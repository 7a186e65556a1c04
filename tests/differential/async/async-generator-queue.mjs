// Requests to an async generator queue up: each next/return/throw returns a promise at once, and the
// body takes them one at a time, in order, even while it awaits.
const log = [];
async function* counter() {
  try {
    log.push("start");
    const a = yield 1;
    log.push("got " + a);
    const b = yield Promise.resolve(2);
    log.push("got " + b);
    await null;
    yield 3;
    return "end";
  } finally {
    log.push("finally");
  }
}
const g = counter();
const pending = [g.next("ignored"), g.next("A"), g.next("B"), g.next("C"), g.next("D")];
log.push("queued");
for (const result of await Promise.all(pending)) console.log(JSON.stringify(result));
console.log(log.join(","));

// The microtask ticks of two generators and a promise chain interleave as in the spec.
const order = [];
async function* ticker(name) {
  for (let i = 0; i < 3; i++) {
    order.push(name + i);
    yield i;
  }
}
const t1 = ticker("a");
const t2 = ticker("b");
const chain = Promise.resolve()
  .then(() => order.push("p1"))
  .then(() => order.push("p2"))
  .then(() => order.push("p3"))
  .then(() => order.push("p4"));
await Promise.all([t1.next(), t2.next(), t1.next(), t2.next(), t1.next(), chain]);
console.log(order.join(","));

// Requests queued behind a return: the ones after it see a completed generator.
const q = counter();
await q.next();
const afterReturn = [q.return("stop"), q.next(), q.throw("late"), q.return("again")];
const settled = await Promise.allSettled(afterReturn);
console.log(settled.map((s) => s.status + ":" + JSON.stringify(s.value ?? s.reason)).join(" "));

// A throw request while the body awaits is delivered at the next yield.
async function* slow() {
  try {
    await null;
    await null;
    yield "first";
    yield "second";
  } catch (e) {
    yield "caught " + e;
  }
}
const s = slow();
const slowResults = await Promise.all([s.next(), s.throw("T"), s.next(), s.next()]);
console.log(slowResults.map((r) => JSON.stringify(r)).join(" "));

// return() before the first next() awaits its value without running the body; throw() before it
// rejects; both leave the generator completed.
const fresh = counter();
console.log(JSON.stringify(await fresh.return(Promise.resolve("r0"))));
const fresh2 = counter();
try {
  await fresh2.throw(new Error("boom"));
} catch (e) {
  console.log("rejected", e.message);
}
console.log(JSON.stringify(await fresh2.next()));
try {
  await fresh2.throw("again");
} catch (e) {
  console.log("rejected", e);
}
try {
  await fresh2.return(Promise.reject("no"));
} catch (e) {
  console.log("rejected", e);
}
console.log(JSON.stringify(await fresh2.return({ then: (resolve) => resolve("thenable") })));

// return() at a yield inside try/finally runs the finally block, which may itself await or yield.
const events = [];
async function* withFinally() {
  try {
    yield "x";
    events.push("not reached");
  } finally {
    events.push("cleanup");
    await null;
    events.push("cleanup done");
  }
}
const w = withFinally();
console.log(JSON.stringify(await w.next()));
console.log(JSON.stringify(await w.return("early")));
console.log(events.join(","));
console.log(JSON.stringify(await w.next()), JSON.stringify(await w.return(Promise.resolve("late"))));
async function* yieldsInFinally() {
  try {
    yield 1;
  } finally {
    yield "from finally";
  }
}
const y = yieldsInFinally();
await y.next();
console.log(JSON.stringify(await y.return("ignored")), JSON.stringify(await y.next()));
