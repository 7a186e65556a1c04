const cases = [() => null.x, () => undefinedVar, () => (1).toFixed(200), () => { throw new SyntaxError("manual"); }, () => decodeURIComponent("%"), () => new Array(-1), () => Symbol() + "", () => { const c = 1; c = 2; }];
for (const f of cases) { try { f(); console.log("no error"); } catch (e) { console.log(e.name, e instanceof Error, e.constructor.name); } }
