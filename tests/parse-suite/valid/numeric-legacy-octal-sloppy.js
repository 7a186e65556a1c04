// accept: legacy octal and non-octal decimal literals in sloppy code
010; 0777; 08; 09.5; 08e1; 00
