// fixture app/selfish/index.js
