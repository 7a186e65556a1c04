const thenable = { then(resolve) { console.log("then called"); resolve("thenable value"); } };
async function f() { const v = await thenable; console.log(v); return { then(r) { r("returned thenable"); } }; }
f().then((v) => console.log(v));
console.log("sync");
