// reject: invalid assignment target: optional chain on the left of +=
a?.[0] += 1;
