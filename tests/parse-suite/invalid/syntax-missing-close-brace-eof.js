// reject: syntax error: function body not closed at end of file
function f() {
