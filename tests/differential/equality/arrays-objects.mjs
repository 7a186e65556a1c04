console.log([] == false, [] == "", [0] == false, [1] == true, [1, 2] == "1,2", [[]] == 0, [null] == "");
console.log({} == "[object Object]", ({}) == {}, !![], !!{}, ![] == [], [] == ![]);
const a = [1];
console.log(a == a, a == [1], a == 1, a == "1");
