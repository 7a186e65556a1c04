// reject: module goal: import declaration in a CommonJS module
import a from "m";
