// reject: return outside a function: return at the top level of a script
return;
