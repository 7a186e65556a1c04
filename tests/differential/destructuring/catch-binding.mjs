try { throw { code: 42, detail: { msg: "m" } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
try { throw new Error("x"); } catch { console.log("no binding"); }
try { throw new RangeError("range"); } catch ({ name, message }) { console.log(name, message); }
