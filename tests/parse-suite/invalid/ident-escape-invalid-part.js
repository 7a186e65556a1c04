// reject: identifier escape: escaped hyphen (\u002D) inside an identifier
var a\u002Db;
