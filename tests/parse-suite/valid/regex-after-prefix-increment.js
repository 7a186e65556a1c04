// accept: ++/x/.lastIndex: regex after prefix ++
++/x/.lastIndex
--/y/g.lastIndex
