const users = [{ name: "a", address: { city: "X" } }, { name: "b" }, null];
for (const u of users) console.log(`${u?.name ?? "anon"} lives in ${u?.address?.city ?? "unknown"}`);
console.log(users.map((u) => u?.address?.city?.toLowerCase()).join("|"));
