console.log(Array.from(new Set("hello")).join(""), Array.from(new Map([[1, 2]]).values()).join());
console.log(Array.from({ length: 3 }).length, JSON.stringify(Array.from({ length: 2, 0: "a" })));
function* g() { yield* [1, 2, 3]; }
console.log(Array.from(g(), (x) => x * 2).join(), Array.from("𝒳y").length);
