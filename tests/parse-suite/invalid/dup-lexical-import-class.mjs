// reject: duplicate lexical declaration: import binding redeclared by a class declaration
import { C } from "m";
class C {}
