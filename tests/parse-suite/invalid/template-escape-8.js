// reject: template literal: \8 in an untagged template
`\8`;
