// The async generator objects and prototypes, and for await over sync iterables.
async function* g() {
  yield 1;
}
const AsyncGeneratorPrototype = Object.getPrototypeOf(g.prototype);
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
console.log(Object.prototype.toString.call(g()), AsyncGeneratorPrototype[Symbol.toStringTag]);
for (const name of ["next", "return", "throw"]) {
  const f = AsyncGeneratorPrototype[name];
  console.log(name, typeof f, f.length, f.name);
}
const it = g();
const asyncIterator = AsyncIteratorPrototype[Symbol.asyncIterator];
console.log(it[Symbol.asyncIterator]() === it, typeof asyncIterator, asyncIterator.name, asyncIterator.length);
console.log(Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype);
console.log(Object.getPrototypeOf(it) === g.prototype, it instanceof g, typeof it.next().then);
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(g);
console.log(AsyncGeneratorFunctionPrototype.prototype === AsyncGeneratorPrototype);
console.log(AsyncGeneratorPrototype.constructor === AsyncGeneratorFunctionPrototype);

// Methods called on something else reject instead of throwing.
const bad = AsyncGeneratorPrototype.next.call({});
await bad.then(
  () => console.log("fulfilled"),
  (e) => console.log("rejected", e instanceof TypeError),
);

// Methods, static methods and this.
const obj = {
  async *method(a, b) {
    yield a + b;
  },
};
console.log(obj.method.length, obj.method.name, JSON.stringify(await obj.method(2, 3).next()));
class C {
  static async *gen() {
    yield this === C;
  }
}
console.log(JSON.stringify(await C.gen().next()));
async function* args() {
  yield arguments.length;
  yield this.tag;
}
const a = args.call({ tag: "T" }, 1, 2, 3);
console.log(JSON.stringify(await a.next()), JSON.stringify(await a.next()));

// yield awaits its operand: rejections are thrown at the yield, thenables are unwrapped.
async function* rejecting() {
  try {
    yield Promise.reject(new Error("r"));
  } catch (e) {
    yield "caught " + e.message;
  }
}
console.log(JSON.stringify(await rejecting().next()));
async function* thenable() {
  yield {
    then(resolve) {
      resolve("from thenable");
    },
  };
}
console.log(JSON.stringify(await thenable().next()));

// An error in the body rejects its request; the generator is then done.
async function* fails() {
  yield 1;
  throw new Error("body");
}
const f = fails();
await f.next();
await f.next().catch((e) => console.log("rejected", e.message));
console.log(JSON.stringify(await f.next()));

// Values sent in, a throw caught by the body, then return.
async function* echo() {
  let v = yield "ready";
  while (true) {
    try {
      v = yield "echo:" + v;
    } catch (e) {
      v = "err " + e;
    }
  }
}
const e = echo();
const seq = [await e.next(), await e.next(1), await e.throw("t"), await e.next(2), await e.return(3), await e.next(4)];
console.log(seq.map((x) => JSON.stringify(x)).join(" "));

// for await over a sync iterator: each value awaited, return called on break.
const closable = {
  i: 0,
  [Symbol.iterator]() {
    return this;
  },
  next() {
    return { value: Promise.resolve(this.i++), done: false };
  },
  return(v) {
    console.log("sync return called");
    return { value: v, done: true };
  },
};
for await (const v of closable) {
  console.log("v", v);
  if (v === 1) break;
}
const throwing = {
  [Symbol.iterator]() {
    return {
      next() {
        throw new Error("next threw");
      },
    };
  },
};
try {
  for await (const v of throwing) console.log(v);
} catch (e) {
  console.log("caught", e.message);
}
// A rejected value ends the loop with its reason; node 20 does not close the sync iterator then.
const rejects = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() {
        n++;
        return { value: n === 2 ? Promise.reject("rej") : n, done: n > 3 };
      },
      return() {
        console.log("closed");
        return {};
      },
    };
  },
};
try {
  for await (const v of rejects) console.log("rv", v);
} catch (e) {
  console.log("caught", e);
}
// Strings and array holes go through the sync protocol too.
const chars = [];
for await (const ch of "ab") chars.push(ch);
for await (const x of [, Promise.resolve("held")]) chars.push(String(x));
console.log(chars.join(","));
