// reject: duplicate lexical declaration: two imports bind the same name
import a from "m";
import a from "n";
