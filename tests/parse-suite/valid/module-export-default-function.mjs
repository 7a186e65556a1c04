// accept: export default function (named)
export default function f() {}
f()
