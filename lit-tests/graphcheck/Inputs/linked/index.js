require("evil");
