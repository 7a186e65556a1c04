// accept: export default anonymous function
export default function () {}
