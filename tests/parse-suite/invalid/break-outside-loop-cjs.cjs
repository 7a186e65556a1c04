// reject: break or continue outside a loop: break at the top level of a CommonJS module
break;
