// fixture app/src/util/index.js
