const o = {};
Object.defineProperty(o, "ro", { value: 1, writable: false, enumerable: true, configurable: false });
try { o.ro = 2; } catch (e) { console.log(e.name, o.ro); }
try { Object.defineProperty(o, "ro", { value: 3 }); } catch (e) { console.log(e.name); }
Object.defineProperty(o, "ro", { value: 1 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "ro")));
Object.defineProperty(o, "acc", { get() { return 10; }, configurable: true });
console.log(o.acc, JSON.stringify(Object.keys(o)), typeof Object.getOwnPropertyDescriptor(o, "acc").get);
try { o.acc = 1; } catch (e) { console.log(e.name); }
