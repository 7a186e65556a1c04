function find(arr, t) { for (const [i, v] of arr.entries()) { if (v === t) return i; } return -1; }
console.log(find([5, 6, 7], 6), find([], 1), find([1], 2));
function firstEvenSquare(n) { let i = 0; while (true) { i++; if (i * i % 2 === 0 && i * i > n) return i * i; } }
console.log(firstEvenSquare(10), firstEvenSquare(0));
function nested() { for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i * j === 2) return `${i},${j}`; }
console.log(nested());
