// reject: statement position: let declaration as a do-while body
do let x = 1; while (0);
