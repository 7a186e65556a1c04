// accept: tagged templates may contain escapes invalid elsewhere (cooked value undefined)
function tag(s) { return s.raw }
tag`\unicode and \u{55`
tag`\01 \8 \xg \u{110000}`
tag`${1}\u`
tag`\u{`
