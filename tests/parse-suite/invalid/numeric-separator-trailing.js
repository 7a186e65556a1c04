// reject: numeric literal: trailing numeric separator
1_;
