// accept: export default async (an identifier) followed by a line break
var async
export default async
function f() {}
