const a = 1, b = "two";
console.log(`a=${a} b=${b} sum=${a + 2} nested=${`inner ${a}`}`);
console.log(`multi
line`, `${null} ${undefined} ${true} ${[1, 2]} ${{}}`);
console.log(`\${escaped} \` backtick \\ backslash`, `${"$"}{not}`);
console.log(`${0.1 + 0.2}`, `${-0}`, `${1e21}`, `${[]}` === "");
