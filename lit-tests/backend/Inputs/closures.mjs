const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i * 10);
}
function counter() {
  let count = 0;
  return { next: () => ++count };
}
console.log(fns.map((f) => f()).join(), counter().next());
