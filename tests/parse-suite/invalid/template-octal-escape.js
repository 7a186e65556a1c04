// reject: template literal: \01 in an untagged template
`\01`;
