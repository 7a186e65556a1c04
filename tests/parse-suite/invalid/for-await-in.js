// reject: for-in/for-of: for await with in
async function f() {
  for await (x in y);
}
