// written by graphtool
module \gen-hand-empty  ();
endmodule
