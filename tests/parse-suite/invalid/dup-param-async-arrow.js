// reject: duplicate parameter: duplicate async arrow parameters
async (a, a) => 1;
