console.log("3" + 4 + 5, 3 + 4 + "5", "3" * "4", "12" / "4", "7" % "4", "2" ** "3", "a" * 1, "10" - "2.5");
console.log([] * 2, [3] * [4], null * 5, undefined * 5, true * "3");
console.log("b" + "a" + +"a" + "a");
