// case: E69 path traversal through a granted handle (denied at run time)
// context: FS
// expect: compile
export const probe = (fs) => Promise.allSettled([
  fs.readText('./data/../package.json'),
  fs.readText('./data/../../../etc/passwd'),
  fs.readText('/etc/passwd'),
  fs.readText('./data/%2e%2e/secret'),
  fs.readText('./data\\..\\secret'),
  fs.readText('./data/\u0000/x'),
]);
