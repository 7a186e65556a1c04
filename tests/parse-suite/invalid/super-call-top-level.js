// reject: super outside its allowed contexts: super() at top level
super();
