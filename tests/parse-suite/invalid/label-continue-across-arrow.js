// reject: label: continue to a loop label outside the enclosing arrow function
a: while (1) {
  () => {
    continue a;
  };
}
