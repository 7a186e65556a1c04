// Object.defineProperties and Object.create's second argument define symbol-keyed properties too,
// skip non-enumerable descriptors, and read every descriptor before defining any.
const tag = Symbol('tag');
const target = {};
Object.defineProperties(target, {
  plain: { value: 1, enumerable: true },
  [Symbol.toStringTag]: { value: 'Tagged', configurable: true },
  [tag]: { value: 'symbol value', enumerable: true },
});
console.log(Object.prototype.toString.call(target), target.plain, target[tag], Object.getOwnPropertySymbols(target).length);

const created = Object.create(null, { [tag]: { value: 42, writable: true }, name: { value: 'n', enumerable: true } });
console.log(created[tag], created.name, Object.getOwnPropertySymbols(created).length, Object.keys(created).join());

const descriptors = Object.create({ inherited: { value: 'no' } });
Object.defineProperty(descriptors, 'hidden', { value: { value: 'no' }, enumerable: false });
Object.defineProperty(descriptors, tag, { value: { value: 'yes' }, enumerable: true });
const filtered = Object.defineProperties({}, descriptors);
console.log('inherited' in filtered, 'hidden' in filtered, filtered[tag]);

const order = [];
const proxy = new Proxy(
  { a: { value: 1 }, [tag]: { value: 2 } },
  {
    ownKeys(t) {
      order.push('ownKeys');
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      order.push(`gopd ${String(key)}`);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    get(t, key) {
      order.push(`get ${String(key)}`);
      return Reflect.get(t, key);
    },
  },
);
const fromProxy = Object.defineProperties({}, proxy);
console.log(fromProxy.a, fromProxy[tag], order.join(', '));

try {
  Object.defineProperties({}, { ok: { value: 1 }, [tag]: 5 });
} catch (e) {
  console.log(e.name);
}
