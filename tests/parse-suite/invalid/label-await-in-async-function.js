// reject: label: await as a label in an async function
async function f() {
  await: ;
}
