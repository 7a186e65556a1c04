const lines = [];
for (let i = 1; i <= 30; i++) lines.push(i % 15 === 0 ? "FizzBuzz" : i % 3 === 0 ? "Fizz" : i % 5 === 0 ? "Buzz" : String(i));
for (let i = 0; i < lines.length; i += 10) console.log(lines.slice(i, i + 10).join(" "));
