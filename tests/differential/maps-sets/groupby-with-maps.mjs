const items = [["fruit", "apple"], ["veg", "kale"], ["fruit", "fig"], ["grain", "oat"], ["veg", "leek"]];
const groups = new Map();
for (const [cat, name] of items) { if (!groups.has(cat)) groups.set(cat, new Set()); groups.get(cat).add(name); }
for (const [cat, names] of groups) console.log(cat, [...names].join("+"));
console.log(groups.size, [...groups.values()].reduce((n, s) => n + s.size, 0));
