// reject: break or continue outside a loop: continue in a plain block
{
  continue;
}
