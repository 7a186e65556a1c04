// accept: get followed by a line break in an object literal is still an accessor
({
  get
  x() { return 1 },
})
