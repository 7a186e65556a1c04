// accept: export default of an async arrow function
export default async () => {}
