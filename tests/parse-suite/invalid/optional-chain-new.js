// reject: optional chaining: new a?.b()
new a?.b();
