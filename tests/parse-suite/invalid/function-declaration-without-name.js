// reject: declaration: function declaration without a name
function () {}
