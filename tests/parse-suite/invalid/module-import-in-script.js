// reject: module goal: import declaration in a classic script
import a from "m";
