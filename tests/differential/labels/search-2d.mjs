function find(grid, target) {
  let pos = null;
  search: for (let r = 0; r < grid.length; r++) for (let c = 0; c < grid[r].length; c++) if (grid[r][c] === target) { pos = [r, c]; break search; }
  return JSON.stringify(pos);
}
const g = [[1, 2], [3, 4], [5, 6]];
console.log(find(g, 4), find(g, 1), find(g, 9));
console.log(find([], 1));
console.log(find([[0, 0], [0, 9]], 9));
