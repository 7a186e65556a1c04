// reject: super outside its allowed contexts: super.x in a top-level arrow
() => super.x;
