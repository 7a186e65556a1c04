// reject: optional chaining: tagged template in an optional chain
a?.b`x`;
