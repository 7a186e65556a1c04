// Weak references under a small heap: what only a WeakMap, WeakSet, WeakRef or registry holds is
// collected. Each phase allocates far more than --max-heap allows if the references were strong.
const phase = process.argv[2];
const chunk = () => new Array(1000).fill(1.5);

if (phase === "weakmap") {
  // 20 000 entries of about 8 KB each (160 MB if kept): keys die at once, so their values go too.
  const map = new WeakMap();
  const set = new WeakSet();
  const keep = [];
  for (let i = 0; i < 20000; i++) {
    const key = { i };
    map.set(key, chunk());
    set.add(key);
    if (i % 1000 === 0) keep.push(key);
  }
  console.log("weakmap survivors", keep.every((k) => map.has(k) && set.has(k) && map.get(k).length === 1000));
  // An ephemeron chain: each value is the next key; the first key is held, so all stay alive.
  const chain = new WeakMap();
  const first = {};
  let current = first;
  for (let i = 0; i < 100; i++) { const next = {}; chain.set(current, next); current = next; }
  for (let i = 0; i < 20000; i++) map.set({}, chunk());
  let length = 0;
  for (let k = first; chain.has(k); k = chain.get(k)) length++;
  console.log("chain length", length);
}

if (phase === "weakref") {
  const refs = [];
  let kept = chunk();
  refs.push(new WeakRef(kept));
  for (let i = 0; i < 100; i++) refs.push(new WeakRef(chunk()));
  console.log("same job", refs.every((r) => r.deref() !== undefined));
  const registry = new FinalizationRegistry((held) => cleaned.push(held));
  const cleaned = [];
  for (let i = 0; i < 10; i++) registry.register(chunk(), "held " + i);
  const token = {};
  registry.register(chunk(), "unregistered", token);
  console.log("unregister", registry.unregister(token), registry.unregister(token));
  setTimeout(() => {
    // A later task: the targets are collectable now; allocate until the collector runs.
    for (let i = 0; i < 20000; i++) chunk();
    setTimeout(() => {
      console.log("kept alive", refs[0].deref() === kept);
      console.log("collected", refs.slice(1).filter((r) => r.deref() === undefined).length);
      // The registry must itself stay reachable for its callbacks to run: this closure holds it.
      console.log("cleaned", cleaned.length, cleaned.includes("unregistered"), registry instanceof FinalizationRegistry);
    }, 0);
  }, 0);
}
