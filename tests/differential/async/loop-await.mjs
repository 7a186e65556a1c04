const delay = (v) => new Promise((r) => setTimeout(() => r(v), 0));
async function main() {
  const out = [];
  for (const x of [1, 2, 3]) out.push(await delay(x * 10));
  console.log(out.join());
  let i = 0;
  while (await delay(i < 3)) i++;
  console.log(i);
  const par = await Promise.all([3, 2, 1].map(async (x) => { await delay(); return x; }));
  console.log(par.join());
}
main();
