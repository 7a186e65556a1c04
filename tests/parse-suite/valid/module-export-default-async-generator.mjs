// accept: export default anonymous async generator
export default async function* () {}
