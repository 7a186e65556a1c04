// accept: async followed by a line break is an identifier; the next line is an arrow
var async
async
x => x
