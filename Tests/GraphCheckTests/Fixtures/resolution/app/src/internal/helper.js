// fixture app/src/internal/helper.js
