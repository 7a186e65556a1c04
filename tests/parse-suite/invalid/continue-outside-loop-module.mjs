// reject: break or continue outside a loop: continue at the top level of a module
if (x) continue;
