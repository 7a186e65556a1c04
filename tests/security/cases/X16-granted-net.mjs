// case: X16 a granted capability compiles
// context: NET
// expect: compile
export const result = () => fetch('https://api.example.com/v1');
