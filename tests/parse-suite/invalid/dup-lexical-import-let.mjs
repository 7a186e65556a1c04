// reject: duplicate lexical declaration: import binding redeclared by let
import a from "m";
let a;
