Promise.resolve(1).then((v) => v + 1).then((v) => { throw new Error("at " + v); }).then(() => console.log("skipped")).catch((e) => { console.log(e.message); return "recovered"; }).then((v) => console.log(v)).finally(() => console.log("finally"));
console.log("sync first");
