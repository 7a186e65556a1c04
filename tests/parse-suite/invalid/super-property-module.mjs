// reject: super outside its allowed contexts: super.x at the top level of a module
super.x;
