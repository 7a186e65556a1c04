// reject: invalid assignment target: postfix ++ on an optional chain
a?.b++;
