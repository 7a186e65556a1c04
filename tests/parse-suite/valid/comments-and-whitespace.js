// accept: comments and all white space kinds: tab, VT, FF, NBSP, BOM, Zs spaces
/* block */ var a = 1 // line
	 ﻿     　a
/**/a/**/
