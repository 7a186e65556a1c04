let sum = 0;
for (let i = 0; i < 100; i++) {
  if (i % 3 === 0) continue;
  sum += i;
}
while (sum > 10) sum = sum >> 1;
console.log(sum);
