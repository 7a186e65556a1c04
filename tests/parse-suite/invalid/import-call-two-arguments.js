// reject: import.meta and import(): import(a, b): exactly one argument in ECMAScript 2023 (the second argument is ES2025 import attributes)
import(a, b);
