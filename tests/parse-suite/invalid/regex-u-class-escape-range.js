// reject: regular expression: class escape as a range endpoint in u mode
x = /[\d-a]/u;
