console.log("1" == 1, "1.0" == 1, " 1 " == 1, "0x10" == 16, "1e1" == 10, "" == 0, "\n" == 0, "a" == NaN);
console.log("Infinity" == Infinity, "-0" == 0, "+1" == 1, "1_0" == 10);
console.log("abc" == new String("abc"), new String("a") == new String("a"));
