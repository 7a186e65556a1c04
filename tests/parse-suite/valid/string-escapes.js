// accept: string escapes: simple, hex, unicode, code point, null, line continuation
'\b\f\n\r\t\v\0\'\"\\'
"\x41\u0041\u{1F600}\u{0}\u{10FFFF}"
'a\
b'
'\q\a'
