// accept: export default class (named)
export default class A {}
new A()
