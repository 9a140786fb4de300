// written by graphtool
module \gen-hand-constants  (zero, one, \buf );
  output zero;
  output one;
  output \buf ;
  assign zero = 1'b0;
  assign one = 1'b1;
  assign \buf  = 1'b1;
endmodule
