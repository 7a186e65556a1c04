// case: E69 path traversal through a granted handle (denied at run time)
// context: FS
// expect: compile
// outcome: probe(fs) settles ["E_CAP_DENIED","E_CAP_DENIED","E_CAP_DENIED","ENOENT","E_CAP_DENIED","ERR_INVALID_ARG_VALUE|E_CAP_DENIED"]
// Item 4 is a file literally named "%2e%2e/secret" inside data (absent: ENOENT). Item 5 has no slash
// after "data": backslash is an ordinary character, so it names the file "data\..\secret" beside
// data, outside the grant (denied). Item 6 is refused for its NUL before any path check, with node's
// own ERR_INVALID_ARG_VALUE.
export const probe = (fs) => Promise.allSettled([
  fs.promises.readFile('./data/../package.json'),
  fs.promises.readFile('./data/../../../etc/passwd'),
  fs.promises.readFile('/etc/passwd'),
  fs.promises.readFile('./data/%2e%2e/secret'),
  fs.promises.readFile('./data\\..\\secret'),
  fs.promises.readFile('./data/\u0000/x'),
]);
