// accept: regex after of in for-of
for (var x of /a/.source);
for (const m of 'abc'.match(/b/g));
