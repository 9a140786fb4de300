/* ANSI port list */
module ansi (input wire x, input [3:0] v, output o, output [1:0] w);
  assign o = x ^ v[0] ^ v[3];
  nand (w[0], v[1], v[2]);
  or (w[1], x, 1'b1);
endmodule
