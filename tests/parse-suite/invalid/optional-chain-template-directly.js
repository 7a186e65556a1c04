// reject: optional chaining: template directly after ?.
a?.`x`;
