// accept: shadowing lexical declarations in nested blocks, switch, and loop bodies
let a = 1
{
  let a = 2
  {
    const a = 3
  }
}
switch (a) {
  case 1: { let b } 
}
for (let a of []) { let a }
function f(a) { { let a } }
