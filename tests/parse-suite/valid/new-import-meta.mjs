// accept: new import.meta() is valid syntax (a TypeError at run time)
if (false) new import.meta();
