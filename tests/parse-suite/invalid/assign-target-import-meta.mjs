// reject: invalid assignment target: import.meta on the left of =
import.meta = 1;
