// reject: template literal: invalid escape in a later template span
`${a}\x0`;
