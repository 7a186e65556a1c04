// reject: import.meta and import(): import.meta in a function in a classic script
function f() {
  return import.meta;
}
