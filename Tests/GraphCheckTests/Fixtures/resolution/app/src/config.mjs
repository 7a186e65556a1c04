// fixture app/src/config.mjs
