function f(x) {
  try {
    if (x) return "early";
    throw new Error("boom");
  } catch (e) {
    return e.message;
  } finally {
    console.log("cleanup");
  }
}
console.log(f(true), f(false));
