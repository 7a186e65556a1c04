// fixture store/esm-only/index.js
