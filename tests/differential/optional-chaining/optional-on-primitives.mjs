const s = "str", n = 5, b = false;
console.log(s?.length, s?.toUpperCase?.(), n?.toFixed(1), b?.toString(), s?.[0]);
console.log((0)?.toString(), ""?.length, NaN?.toString());
console.log(s?.missing?.deep, n?.x?.(1));
