// case: E69 path traversal through a granted handle (denied at run time)
// context: FS
// expect: compile
// outcome: probe(fs) settles ["E_CAP_DENIED","E_CAP_DENIED","E_CAP_DENIED","ENOENT","ENOENT","E_CAP_DENIED"]
export const probe = (fs) => Promise.allSettled([
  fs.promises.readFile('./data/../package.json'),
  fs.promises.readFile('./data/../../../etc/passwd'),
  fs.promises.readFile('/etc/passwd'),
  fs.promises.readFile('./data/%2e%2e/secret'),
  fs.promises.readFile('./data\\..\\secret'),
  fs.promises.readFile('./data/\u0000/x'),
]);
