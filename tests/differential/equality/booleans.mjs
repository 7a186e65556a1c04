console.log(true == 1, true == 2, true == "1", true == "true", false == "0", false == "", false == " ");
console.log(!!"0", !!"", !!" ", !!0, !!NaN, !!-0, !!0n, !!1n, !!Symbol(), !!null);
console.log(Boolean([]), Boolean(new Boolean(false)), typeof new Boolean(false));
