const original = new Error("orig");
try { try { throw original; } catch (e) { throw e; } } catch (e) { console.log(e === original, e.message); }
function wrap() { try { throw new TypeError("low"); } catch (e) { throw new Error("high", { cause: e }); } }
try { wrap(); } catch (e) { console.log(e.message, e.cause.message, e.cause instanceof TypeError); }
console.log("done");
