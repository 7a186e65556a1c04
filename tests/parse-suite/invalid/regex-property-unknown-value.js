// reject: regular expression: unknown Script value
x = /\p{Script=Foo}/u;
