// written by graphtool
module \gen-mux-2  (\s[0] , \s[1] , \d[0] , \d[1] , \d[2] , \d[3] , y);
  input \s[0] ;
  input \s[1] ;
  input \d[0] ;
  input \d[1] ;
  input \d[2] ;
  input \d[3] ;
  output y;
  wire n7;
  wire n8;
  wire n9;
  wire n10;
  wire n11;
  wire n12;
  wire n13;
  wire n14;
  wire n15;
  assign n7 = \d[1]  & \s[0] ;
  assign n8 = \d[0]  & ~\s[0] ;
  assign n9 = ~n8 & ~n7;
  assign n10 = \d[3]  & \s[0] ;
  assign n11 = \d[2]  & ~\s[0] ;
  assign n12 = ~n11 & ~n10;
  assign n13 = ~n12 & \s[1] ;
  assign n14 = ~n9 & ~\s[1] ;
  assign n15 = ~n14 & ~n13;
  assign y = ~n15;
endmodule
