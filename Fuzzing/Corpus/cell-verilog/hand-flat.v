// buses, a part-select in a concatenation, constants, an open pin, assigns, escaped names
module top (clk, a, y, \bus/x );
  input clk;
  input [3:0] a;
  output [1:0] y;
  output \bus/x ;
  wire n1, \n/2 ;
  wire [2:0] w;
  (* keep *) INV u1 (.A(a[0]), .Y(n1));
  NAND2 u2 (.A(n1), .B(a[3]), .Y(\n/2 ));
  DFF \r[0]  (.CK(clk), .D({a[2:1], 1'b0}), .Q(w[2]), .QN());
  INV u3 (\n/2 , y[1]);
  assign y[0] = w[2];
  assign \bus/x  = 1'b1;
  FILL_1 f (.VPWR(vdd), .VGND(gnd));
endmodule
