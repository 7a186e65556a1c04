// reject: invalid assignment target: call expression as a for-in target (an early error in ECMAScript; V8 defers it to run time)
for (f() in x);
