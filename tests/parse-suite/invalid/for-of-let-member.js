// reject: for-in/for-of: for (let.x of y): a for-of target may not start with let
for (let.x of y);
