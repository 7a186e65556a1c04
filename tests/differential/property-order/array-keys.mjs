const a = [1, 2, 3];
a.foo = "x"; a[5] = 6; a[-1] = "neg";
console.log(Object.keys(a).join(), a.length);
console.log(JSON.stringify(Object.entries(a)));
console.log(Reflect.ownKeys(a).join());
