// accept: for await with async as the left-hand side (async of is not an arrow here)
let async;
for await (async of [7]);
