// reject: template literal: \u{ without digits in an untagged template
`\u{`;
