// reject: module goal: import declaration in a block
{
  import a from "m";
}
