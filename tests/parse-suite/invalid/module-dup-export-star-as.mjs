// reject: module goal: two export * as with the same name
export * as a from "m";
export * as a from "n";
