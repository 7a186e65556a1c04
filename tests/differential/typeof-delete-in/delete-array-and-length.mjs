const a = [1, 2, 3, 4];
delete a[3];
console.log(a.length, JSON.stringify(a), a.indexOf(undefined), a.includes(undefined));
delete a[0];
console.log(Object.keys(a).join(), a.filter(() => true).length, a.map((x) => x * 2).length);
a.length = 1;
console.log(JSON.stringify(a), Object.keys(a).length);
