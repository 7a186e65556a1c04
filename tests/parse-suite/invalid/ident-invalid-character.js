// reject: identifier escape: euro sign (not an identifier character) in an identifier
var a€;
