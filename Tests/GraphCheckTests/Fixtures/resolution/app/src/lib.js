// fixture app/src/lib.js
