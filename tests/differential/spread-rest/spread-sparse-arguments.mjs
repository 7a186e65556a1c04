function count() { return arguments.length; }
console.log(count(...[, , ,]), count(...new Array(3)), count(...[undefined]));
const holes = [1, , 3];
console.log(JSON.stringify([...holes]), holes.concat().hasOwnProperty(1), [...holes].hasOwnProperty(1));
console.log(JSON.stringify(Array.of(...holes)));
