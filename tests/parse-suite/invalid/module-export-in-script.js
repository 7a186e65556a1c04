// reject: module goal: export declaration in a classic script
export var a;
