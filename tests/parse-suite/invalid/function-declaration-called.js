// reject: declaration: function declaration followed by ()
function f() {}();
