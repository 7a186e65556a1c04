// reject: super outside its allowed contexts: super.x at top level
super.x;
