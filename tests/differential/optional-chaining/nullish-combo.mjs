const config = { port: 0, host: "", debug: false, nested: { timeout: null } };
console.log(config.port ?? 8080, config.port || 8080, config.host ?? "localhost", config.host || "localhost");
console.log(config.nested?.timeout ?? 3000, config.missing?.timeout ?? "default", config.debug ?? true);
console.log((null ?? undefined) ?? "chain", 0 ?? 1 ?? 2, (null || 0) ?? "x");
