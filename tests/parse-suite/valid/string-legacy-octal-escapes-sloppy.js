// accept: legacy octal escapes and \8 \9 in sloppy strings
'\0\1\12\123\377\8\9\08'
