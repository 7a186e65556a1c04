// reject: invalid assignment target: prefix -- on a number
--1;
