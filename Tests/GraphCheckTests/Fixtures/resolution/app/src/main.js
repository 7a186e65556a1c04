// fixture app/src/main.js
