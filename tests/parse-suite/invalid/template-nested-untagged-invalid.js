// reject: template literal: untagged template with an invalid escape nested in a tagged template
tag`${`\x`}`;
