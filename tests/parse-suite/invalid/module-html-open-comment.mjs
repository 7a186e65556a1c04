// reject: module goal: <!-- comment in a module
a;
<!-- not a comment in a module
