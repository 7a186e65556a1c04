// accept: export default anonymous generator
export default function* () {}
