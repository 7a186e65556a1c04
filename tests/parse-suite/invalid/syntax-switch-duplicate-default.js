// reject: syntax error: two default clauses in a switch
switch (x) {
  default:
  default:
}
