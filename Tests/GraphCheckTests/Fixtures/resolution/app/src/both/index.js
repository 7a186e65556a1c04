// fixture app/src/both/index.js
