const data = { users: [{ id: 1, name: "Ann", roles: ["admin"], active: true }, { id: 2, name: "Bo \"quoted\"", roles: [], active: false, meta: null }], count: 2, ratio: 0.75 };
const s = JSON.stringify(data);
console.log(s);
console.log(JSON.stringify(JSON.parse(s)) === s);
console.log(JSON.parse(s).users[1].name, Object.keys(JSON.parse(s).users[1]).join());
