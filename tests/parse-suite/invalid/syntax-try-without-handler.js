// reject: syntax error: try without catch or finally
try {}
