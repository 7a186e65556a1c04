// reject: template literal: \u00g0 in an untagged template
`\u00g0`;
