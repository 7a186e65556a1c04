const a = [1, 2, 3, 2, 1, NaN];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(2, 2), a.indexOf(9), a.includes(NaN), a.indexOf(NaN), a.at(-1), a.at(99));
console.log(a.indexOf(1, -2), a.includes(3, 3), ["a", "b"].entries().next().value.join());
console.log(JSON.stringify([...["x", "y"].keys()]), JSON.stringify([...["x", "y"].entries()]));
