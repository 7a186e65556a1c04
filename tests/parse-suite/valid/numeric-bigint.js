// accept: BigInt literals in every radix
0n; 1n; 0x1fn; 0B1n; 0o7n; 12345678901234567890n
