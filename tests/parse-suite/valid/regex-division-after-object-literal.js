// accept: division after an object literal's }
var x = {} / 1
var y = ({}) / 2
