function f({ a, b = 2 } = {}, [c, d] = [3, 4]) { return [a, b, c, d].join(); }
console.log(f(), f({ a: 1 }), f({ a: 1, b: null }, [5]));
const g = ({ x: { y } }) => y;
console.log(g({ x: { y: "deep" } }));
try { g({}); } catch (e) { console.log(e.name); }
try { f(null); } catch (e) { console.log(e.name); }
