// reject: break or continue outside a loop: continue in an arrow nested in a loop
for (;;) {
  () => {
    continue;
  };
}
