// reject: numeric literal: legacy octal literal followed by a fraction
01.5;
