// reject: break or continue outside a loop: break at top level
break;
