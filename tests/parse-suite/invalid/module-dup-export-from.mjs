// reject: module goal: name exported twice by export-from
export { a } from "m";
export { b as a } from "n";
