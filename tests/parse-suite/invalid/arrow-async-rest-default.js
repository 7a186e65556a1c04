// reject: arrow-functions: a rest parameter of an async arrow function cannot have a default
const f = async (...x = []) => {};
