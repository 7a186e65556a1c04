// reject: identifier escape: escaped ZWNJ (\u200C) as the first identifier character (it is only ID_Continue)
var \u200Ca;
