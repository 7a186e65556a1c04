// reject: import.meta and import(): new import(x)
new import(x);
