// fixture app/linked-src/real-pkg/helper.js
