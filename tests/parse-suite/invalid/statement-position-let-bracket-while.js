// reject: statement position: let [ as a while body
while (0) let [a] = b;
