// reject: new.target outside functions: new.target at the top level of a script
new.target;
