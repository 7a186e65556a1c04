'use strict';
// big.js: decimal arithmetic with configurable precision and rounding, and its error messages.
const Big = require('big.js');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
out('0.1 + 0.2', new Big(0.1).plus(0.2).toString());
out('minus', new Big('1.0000001').minus('0.0000002').toString());
out('times', new Big('123.456').times('-0.001').toString());
out('div default dp', new Big(1).div(3).toString());
out('div 7', new Big(22).div(7).toString());
out('mod', [new Big(10).mod(3).toString(), new Big(-10).mod(3).toString(), new Big('5.5').mod('1.2').toString()]);
out('pow', [new Big(2).pow(64).toString(), new Big('1.1').pow(10).toString(), new Big(2).pow(-3).toString()]);
out('sqrt', [new Big(2).sqrt().toString(), new Big('0.0001').sqrt().toString(), new Big(144).sqrt().toString()]);
out('abs neg', [new Big(-3.5).abs().toString(), new Big(3.5).neg().toString()]);
out('cmp', [new Big(1).cmp(2), new Big(2).cmp(1), new Big('1.0').cmp(1)]);
out('comparisons', [new Big(1).eq('1.00'), new Big(1).gt(0.9), new Big(1).gte(1), new Big(1).lt(1.1), new Big(1).lte(0.5)]);
const values = ['0', '-0', '123.456', '-0.000123', '1e21', '1e-7', '98765.4321'];
out('toString', values.map((v) => new Big(v).toString()));
out('toFixed 2', values.map((v) => new Big(v).toFixed(2)));
out('toExponential 3', values.map((v) => new Big(v).toExponential(3)));
out('toPrecision 4', values.map((v) => new Big(v).toPrecision(4)));
out('toNumber', values.map((v) => new Big(v).toNumber()));
out('valueOf', new Big('-0').valueOf());
out('toJSON', JSON.stringify({ amount: new Big('10.50') }));
for (const rm of [0, 1, 2, 3]) {
  out('round rm ' + rm, ['2.5', '-2.5', '2.45', '2.55', '-2.45'].map((v) => new Big(v).round(1, rm).toString()));
}
out('round default', [new Big('1234.5678').round().toString(), new Big('1234.5678').round(2).toString(), new Big('1234.5678').round(-2).toString()]);
out('prec', new Big('1234.5678').prec(5).toString());
out('fields', (({ s, e, c }) => ({ s, e, c }))(new Big('-123.45')));
const Big2 = Big();
Big2.DP = 5;
Big2.RM = Big2.roundUp;
out('custom constructor', [Big2(2).div(3).toString(), Big(2).div(3).toString()]);
Big2.NE = -3;
Big2.PE = 5;
out('exponent thresholds', [Big2('0.0001').toString(), Big2('123456').toString(), Big2('12345').toString()]);
out('constants', [Big.roundDown, Big.roundHalfUp, Big.roundHalfEven, Big.roundUp, Big.DP, Big.RM, Big.NE, Big.PE]);
out('chain', new Big(100).times(1.1).minus(10).div(4).plus('0.25').toFixed(4));
out('big from big', new Big(new Big('7.7')).toString());
const Strict = Big();
Strict.strict = true;
attempt('strict number', () => Strict(0.1).toString());
attempt('strict valueOf', () => Strict('1').valueOf());
attempt('strict toNumber precise', () => Strict('0.1').toNumber());
attempt('invalid string', () => new Big('abc').toString());
attempt('empty string', () => new Big('').toString());
attempt('NaN', () => new Big(NaN).toString());
attempt('Infinity', () => new Big(Infinity).toString());
attempt('division by zero', () => new Big(1).div(0).toString());
attempt('sqrt negative', () => new Big(-4).sqrt().toString());
attempt('pow fraction', () => new Big(2).pow(0.5).toString());
attempt('toFixed invalid', () => new Big(1).toFixed(-1));
attempt('round invalid rm', () => new Big(1).round(1, 9).toString());
attempt('invalid DP', () => { const B = Big(); B.DP = -1; return B(1).div(3).toString(); });
