// reject: syntax error: two catch clauses
try {} catch (e) {} catch (f) {}
