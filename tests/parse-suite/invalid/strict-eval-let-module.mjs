// reject: strict mode, eval or arguments as binding or assignment target: let eval in a module
let eval;
