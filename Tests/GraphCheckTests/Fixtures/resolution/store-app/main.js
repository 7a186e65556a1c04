// fixture store-app/main.js
