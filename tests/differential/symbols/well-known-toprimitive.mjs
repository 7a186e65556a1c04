const money = { amount: 5, [Symbol.toPrimitive](hint) { return hint === "number" ? this.amount : hint === "string" ? `$${this.amount}` : "default:" + this.amount; } };
console.log(+money, `${money}`, money + "", money * 2, money == "default:5", String(money), [money].join());
const onlyValueOf = { valueOf: () => 10 };
console.log(onlyValueOf + 1, `${onlyValueOf}`, onlyValueOf > 9);
const bad = { [Symbol.toPrimitive]: () => ({}) };
try { `${bad}`; } catch (e) { console.log(e.name); }
