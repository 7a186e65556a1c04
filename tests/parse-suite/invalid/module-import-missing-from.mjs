// reject: module goal: import without from
import a "m";
