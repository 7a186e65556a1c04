// reject: strict mode, reserved word as identifier: package as a variable name in a module
var package;
