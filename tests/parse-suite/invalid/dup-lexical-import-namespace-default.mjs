// reject: duplicate lexical declaration: default and namespace import of the same name
import a, * as a from "m";
