// fixture app/src/typed/file.js
