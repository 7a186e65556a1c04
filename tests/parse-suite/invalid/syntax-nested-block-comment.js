// reject: syntax error: block comments do not nest
/* outer /* inner */ still outside */
