for (const n of [1 / 3, 100, 1e-7, 2 ** 53, -1.5, NaN, Infinity]) console.log(`${n}|${n.toFixed(2)}`);
