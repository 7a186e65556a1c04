function* range(start, end) {
  try {
    for (let i = start; i < end; i++) yield i;
  } finally {
    console.log("done");
  }
}
console.log([...range(0, 3)]);
