// fixture app/src/withmain/entry.js
