// reject: module goal: with statement in a module
with (a) {}
