// fixture store/events/index.js
