// reject: duplicate lexical declaration: one import declaration binds a name twice
import { a, b as a } from "m";
