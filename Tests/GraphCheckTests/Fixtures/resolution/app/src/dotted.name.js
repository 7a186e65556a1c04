// fixture app/src/dotted.name.js
