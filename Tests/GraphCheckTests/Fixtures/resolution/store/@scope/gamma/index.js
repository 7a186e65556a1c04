// fixture store/@scope/gamma/index.js
