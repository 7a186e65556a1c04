let a = 1;
/* the rest of the file
