// fixture app/src/internal/hidden.js
