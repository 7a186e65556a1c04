// reject: regular expression: property of strings without the v flag
x = /\p{RGI_Emoji}/u;
