// reject: break or continue outside a loop: continue in a switch that is not in a loop
switch (x) {
  case 1:
    continue;
}
