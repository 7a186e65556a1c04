const m = /(\d{4})-(\d{2})-(\d{2})/.exec("date: 2024-03-15!");
console.log(m[0], m[1], m[2], m[3], m.index, m.input, m.length);
console.log(/x/.exec("abc"), JSON.stringify(/(a)|(b)/.exec("b")));
const named = /(?<year>\d+)\/(?<month>\d+)/.exec("2020/12");
console.log(named.groups.year, named.groups.month, JSON.stringify(named.groups));
