// fixture app/selfish/feature.js
