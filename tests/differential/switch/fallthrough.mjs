function f(x) { const out = []; switch (x) { case 1: out.push("one"); case 2: out.push("two"); break; case 3: out.push("three"); default: out.push("default"); case 4: out.push("four"); } return out.join(); }
for (const x of [1, 2, 3, 4, 5]) console.log(x, f(x));
