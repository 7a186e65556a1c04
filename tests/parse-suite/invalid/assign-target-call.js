// reject: invalid assignment target: call expression on the left of = (an early error in ECMAScript; V8 defers it to run time)
f() = 1;
