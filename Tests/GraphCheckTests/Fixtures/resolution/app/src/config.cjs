// fixture app/src/config.cjs
