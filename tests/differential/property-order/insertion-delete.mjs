const o = {};
o.z = 1; o.y = 2; o.x = 3;
delete o.y;
o.y = 4;
o[10] = 5; o[3] = 6;
console.log(Object.keys(o).join());
o.z = 9;
console.log(Object.keys(o).join(), Object.values(o).join());
console.log(JSON.stringify(Object.entries(o)));
