// accept: export default anonymous async function
export default async function () {}
