// reject: regular expression: unknown property name
x = /\p{Foo}/u;
