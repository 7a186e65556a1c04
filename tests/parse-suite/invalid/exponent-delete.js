// reject: operator precedence and mixing: delete a.b ** 2
delete a.b ** 2;
