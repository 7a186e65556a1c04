// reject: duplicate parameter: duplicate parameters in a sloppy function with a destructuring parameter
function f([a], a) {}
