// reject: numeric literal: two adjacent numeric separators
1__0;
