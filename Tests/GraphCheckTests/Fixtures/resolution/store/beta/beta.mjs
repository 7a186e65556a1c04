// fixture store/beta/beta.mjs
