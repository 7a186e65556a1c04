// reject: template literal: \xg in an untagged template
`\xg`;
