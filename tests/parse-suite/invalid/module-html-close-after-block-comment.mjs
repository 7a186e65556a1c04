// reject: module goal: --> after a multi-line comment in a module
/*
*/ --> not a comment in a module
