// accept: for (async of => ...) is not the async-of restriction; for ((async) of []) is allowed
var async
for ((async) of []);
for (async in {});
for (async.x of []);
