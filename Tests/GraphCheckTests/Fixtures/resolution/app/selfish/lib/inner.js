// fixture app/selfish/lib/inner.js
