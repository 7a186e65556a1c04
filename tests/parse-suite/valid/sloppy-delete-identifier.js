// accept: delete of an identifier in sloppy code
var x
delete x
delete (x)
