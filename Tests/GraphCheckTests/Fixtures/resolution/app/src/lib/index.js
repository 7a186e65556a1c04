// fixture app/src/lib/index.js
