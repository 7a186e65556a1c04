// fixture app/src/esm.mjs
