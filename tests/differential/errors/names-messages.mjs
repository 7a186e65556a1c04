for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new C("m");
  console.log(e.name, e.message, String(e), e instanceof Error, e instanceof C, C.prototype.name);
}
