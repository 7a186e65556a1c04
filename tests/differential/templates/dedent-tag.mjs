function dedent(strings, ...vals) {
  const full = strings.raw.reduce((acc, s, i) => acc + s + (i < vals.length ? vals[i] : ""), "");
  const lines = full.split("\n").filter((l, i, a) => !(i === 0 && l.trim() === "") && !(i === a.length - 1 && l.trim() === ""));
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}
console.log(dedent`
    first ${1}
      second
    third
`);
