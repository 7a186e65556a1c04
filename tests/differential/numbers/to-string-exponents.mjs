for (let e = -10; e <= 25; e += 1) console.log(e, String(Math.pow(10, e)), String(1.5 * Math.pow(10, e)));
