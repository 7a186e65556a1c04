// fixture store/alpha/alpha.js
