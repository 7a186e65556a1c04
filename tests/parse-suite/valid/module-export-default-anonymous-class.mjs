// accept: export default anonymous class
export default class {}
