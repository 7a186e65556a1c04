// reject: duplicate lexical declaration: import binding redeclared by a function declaration
import { f } from "m";
function f() {}
