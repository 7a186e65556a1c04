// reject: module goal: --> at the start of a line in a module
a;
--> not a comment in a module
