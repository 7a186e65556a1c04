// reject: template literal: \u{110000} in an untagged template
`\u{110000}`;
