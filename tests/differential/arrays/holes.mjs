const a = [1, , 3];
console.log(a.length, 1 in a, JSON.stringify(a), a.indexOf(undefined), a.includes(undefined));
const visited = []; a.forEach((x, i) => visited.push(i)); console.log(visited.join());
console.log(JSON.stringify(a.map((x) => x * 2)), JSON.stringify([...a]), JSON.stringify(Array.from(a)));
console.log(Object.keys(a).join(), a.join("-"), String([, ,]), [, ,].length);
