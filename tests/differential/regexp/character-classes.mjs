const tests = [[/\w+/, "héllo_1"], [/\s/, "a\u00a0b"], [/\bcat\b/, "concat cat"], [/[^aeiou]+/, "aeixyz"], [/./, "\n"], [/./s, "\n"], [/[\d.]+/, "v1.2.3"], [/\D+/, "12ab34"], [/[a-c-]/, "-"]];
for (const [r, s] of tests) { const m = r.exec(s); console.log(String(r), JSON.stringify(m && m[0])); }
