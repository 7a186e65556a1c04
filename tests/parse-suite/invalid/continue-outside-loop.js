// reject: break or continue outside a loop: continue at top level
continue;
