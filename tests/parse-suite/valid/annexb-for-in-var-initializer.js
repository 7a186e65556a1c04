// accept: for (var x = init in obj) in sloppy code
for (var x = 0 in {});
