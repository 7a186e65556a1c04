console.log(+true, -"3", +"x", -null, +undefined, -[], +[7], ~"5", !"", !!"a", -(-1));
console.log(typeof -"a", String(-0 === 0), +"  12  ", +"1e-3", +"0b11", +"0o7", +"-0x1");
console.log(-"-5", +"+5", - - "3", typeof +"1", !!-0, -(2 ** 2));
