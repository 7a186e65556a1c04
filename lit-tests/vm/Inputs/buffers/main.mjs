// Runs under cruftvm: buffers too big to exist are RangeErrors, buffers that do not fit stop the run.
const mode = process.argv[2] ?? "huge";
const attempt = (label, make) => {
  try {
    const made = make();
    console.log(label, "made", made.byteLength);
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
};
if (mode === "huge") {
  attempt("ArrayBuffer(2**40)", () => new ArrayBuffer(2 ** 40));
  attempt("ArrayBuffer(2**53)", () => new ArrayBuffer(2 ** 53));
  attempt("Uint8Array(1e12)", () => new Uint8Array(1e12));
  attempt("Float64Array(2**31)", () => new Float64Array(2 ** 31));
  attempt("ArrayBuffer(1e10)", () => new ArrayBuffer(1e10));
  attempt("ArrayBuffer(1e6)", () => new ArrayBuffer(1e6));
} else if (mode === "hoard") {
  const all = [];
  for (;;) all.push(new Uint8Array(8 << 20));
} else if (mode === "churn") {
  let total = 0;
  for (let i = 0; i < 200; i++) total += new Float64Array(1 << 20).length;
  console.log("churn done", total);
}
