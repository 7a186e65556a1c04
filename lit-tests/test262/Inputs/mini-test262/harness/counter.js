// An include: a helper the including test calls.
function twice(value) {
  return value * 2;
}
