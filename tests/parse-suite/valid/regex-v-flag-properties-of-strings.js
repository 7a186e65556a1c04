// accept: v flag: properties of strings
/\p{RGI_Emoji}/v; /[\p{Basic_Emoji}--\q{x}]/v; /^\p{Emoji_Keycap_Sequence}$/v
