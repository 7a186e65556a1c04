// reject: duplicate lexical declaration: import binding redeclared by var
import a from "m";
var a;
