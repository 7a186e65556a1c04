// accept: export default of an arrow function
export default () => {}
