// fixture app/src/cjs.cjs
