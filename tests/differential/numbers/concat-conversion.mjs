console.log(1 + "2", "3" - 1, "3" * "4", "10" / "4", +"", +" ", +[], +{}, +[5], +[1, 2]);
console.log(null + 1, undefined + 1, true + true, [] + [], [] + {}, String({}));
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + +"2", "5" - - "2");
console.log(String(123456789.123456789), String(0.000001234), String(-1e-7), String(1.0e+21));
