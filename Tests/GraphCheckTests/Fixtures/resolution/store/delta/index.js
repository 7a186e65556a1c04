// fixture store/delta/index.js
