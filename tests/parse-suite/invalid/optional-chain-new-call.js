// reject: optional chaining: new a?.()
new a?.();
