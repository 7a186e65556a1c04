// reject: import.meta and import(): import declaration with a with clause (ES2025 import attributes, not ECMAScript 2023)
import a from "m" with { type: "json" };
