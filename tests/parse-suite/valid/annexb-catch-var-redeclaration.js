// accept: var redeclaring a simple catch parameter, including in for-in and for-of heads
try {} catch (e) { var e }
try {} catch (e) { for (var e in {}); }
try {} catch (e) { for (var e of []); }
