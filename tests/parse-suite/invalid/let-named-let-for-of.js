// reject: let as a lexically bound name: for (let let of [])
for (let let of []) {}
