// reject: duplicate lexical declaration: export default function f and another function f
export default function f() {}
function f() {}
