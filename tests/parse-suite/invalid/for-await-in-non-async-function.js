// reject: for-in/for-of: for await in a non-async function
function f() {
  for await (x of y);
}
