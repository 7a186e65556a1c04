// The sieve over a Uint8Array: native code once a profile (cruftvm run --profile) shows that the
// parameter is a typed array.
function sieve(flags, size) {
  let count = 0;
  for (let i = 2; i <= size; i++) {
    if (flags[i] === 0) {
      count++;
      for (let k = i + i; k <= size; k += i) flags[k] = 1;
    }
  }
  return count;
}
function run() {
  let total = 0;
  for (let r = 0; r < 60; r++) total += sieve(new Uint8Array(100001), 100000);
  return String(total);
}
