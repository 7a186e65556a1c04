// reject: invalid assignment target: postfix ++ on a number
1++;
