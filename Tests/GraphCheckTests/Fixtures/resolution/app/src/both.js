// fixture app/src/both.js
