// accept: export default async function
export default async function f() {}
