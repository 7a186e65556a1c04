const e = new Error("msg");
console.log(e.toString());
e.name = ""; console.log(JSON.stringify(e.toString()));
e.message = ""; e.name = "N"; console.log(e.toString());
console.log(Error.prototype.toString.call({ name: "Fake", message: "obj" }), Error.prototype.toString.call({}));
console.log(String(new TypeError()), String(new Error(undefined)), String(new Error(42)));
