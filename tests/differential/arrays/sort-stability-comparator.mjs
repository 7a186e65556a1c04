const words = ["banana", "Apple", "cherry", "apple", "Banana", "date"];
console.log(words.slice().sort().join());
console.log(words.slice().sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0).join());
console.log(words.slice().sort((a, b) => a.length - b.length).join());
console.log([5, 1, 4].sort(() => 0).join(), [true, false, true].sort().join(), [-1, -2, 3, 0, -0].sort((a, b) => a - b).map(String).join());
