// accept: member access on numeric literals
1..toString()
1.0.toFixed()
1 .toString()
0x10.toString()
1e1.toString()
(1).toString()
