// accept: with statement in sloppy code
with ({ a: 1 }) { a }
with (Math) max(1, 2)
