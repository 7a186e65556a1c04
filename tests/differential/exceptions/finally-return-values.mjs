function f(kind) {
  const log = [];
  try { log.push("try"); if (kind === "throw") throw new Error("t"); if (kind === "return") return log.concat("ret").join(); }
  catch (e) { log.push("catch"); if (kind === "throw") return log.concat("catch-ret").join(); }
  finally { log.push("finally"); }
  return log.join() + ":fell";
}
console.log(f("throw")); console.log(f("return")); console.log(f("normal"));
