// reject: for-in/for-of: for await with a classic for head
async function f() {
  for await (;;);
}
