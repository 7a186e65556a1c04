// reject: return outside a function: return in a top-level block
{
  return 1;
}
