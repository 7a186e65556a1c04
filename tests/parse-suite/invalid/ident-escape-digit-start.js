// reject: identifier escape: escaped digit (\u0030) as the first identifier character
var \u0030abc;
