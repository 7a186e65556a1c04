// fixture app/src/space dir/file.js
