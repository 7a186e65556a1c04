// reject: label: labelled async function declaration
a: async function f() {}
