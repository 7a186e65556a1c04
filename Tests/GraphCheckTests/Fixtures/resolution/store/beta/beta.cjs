// fixture store/beta/beta.cjs
