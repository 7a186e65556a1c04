// fixture app/linked-src/real-pkg/index.js
