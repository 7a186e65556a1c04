// accept: implements, interface, package, private, protected, public, static as sloppy identifiers
var implements, interface, package, private, protected, public, static
function f(public) { return static }
