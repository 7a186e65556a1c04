class ValidationError extends Error {
  constructor(field, msg) { super(msg); this.name = "ValidationError"; this.field = field; }
}
class RequiredError extends ValidationError { constructor(f) { super(f, `${f} is required`); this.name = "RequiredError"; } }
const e = new RequiredError("email");
console.log(e.name, e.message, e.field, String(e));
console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error, e.constructor.name);
console.log(JSON.stringify(Object.keys(e)));
