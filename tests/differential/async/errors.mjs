async function fail() { throw new TypeError("async fail"); }
async function main() {
  try { await fail(); } catch (e) { console.log("caught", e.name, e.message); }
  const r = await fail().catch((e) => "recovered " + e.message);
  console.log(r);
  try { await Promise.reject(new Error("rejected")); } catch (e) { console.log(e.message); } finally { console.log("finally"); }
}
main();
