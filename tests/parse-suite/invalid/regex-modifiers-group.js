// reject: regular expression: modifier group (ES2025, not ECMAScript 2023)
x = /(?i:a)/;
