// accept: regex after return, typeof, void, delete, in, instanceof, case, new, throw, else, do
function f(x) {
  typeof /x/
  void /x/
  delete /x/.y
  'a' in /x/
  x instanceof /x/.constructor
  switch (x) { case /x/: break }
  if (x) ; else /x/.exec(x)
  do /x/; while (0)
  if (x) throw /x/
  return /x/
}
