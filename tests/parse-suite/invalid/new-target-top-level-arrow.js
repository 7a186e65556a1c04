// reject: new.target outside functions: new.target in a top-level arrow
() => new.target;
