// fixture app/standalone/index.js
