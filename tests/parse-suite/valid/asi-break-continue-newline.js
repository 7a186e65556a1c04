// accept: break/continue followed by a line break do not take the next line's label
l: while (true) {
  if (a) continue
  l
  break
  l
}
