// reject: duplicate lexical declaration: async function and function of the same name in a block (Annex B allows duplicates only of plain functions)
{
  async function f() {}
  function f() {}
}
