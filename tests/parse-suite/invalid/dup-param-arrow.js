// reject: duplicate parameter: duplicate arrow parameters (always an error)
(a, a) => 1;
