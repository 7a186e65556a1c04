var x = (1 +;
