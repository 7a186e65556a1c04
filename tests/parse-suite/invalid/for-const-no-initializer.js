// reject: for-in/for-of: const without initializer in a classic for
for (const x; ; );
