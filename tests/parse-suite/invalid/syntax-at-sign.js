// reject: syntax error: @ (decorators are not ECMAScript 2023)
@dec class A {}
