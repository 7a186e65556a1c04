// reject: identifier escape: incomplete \u escape
var \u00;
