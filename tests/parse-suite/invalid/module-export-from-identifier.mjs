// reject: module goal: export-from with an identifier instead of a string
export { a } from b;
