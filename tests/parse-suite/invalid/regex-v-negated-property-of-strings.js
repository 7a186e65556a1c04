// reject: regular expression: negated property of strings in v mode
x = /\P{RGI_Emoji}/v;
