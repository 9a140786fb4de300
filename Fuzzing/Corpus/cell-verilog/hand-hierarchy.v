// two levels of modules, positional and named ports, powered cells, supplies, a loop
module half (input a, b, output s, c, input VPWR, VGND);
  NAND2 x (.A(a), .B(b), .Y(s), .VPWR(VPWR), .VGND(VGND));
  INV n (.A(s), .Y(c), .VPWR(VPWR), .VGND(VGND));
endmodule
module full (a, b, ci, s, co, clk, VPWR, VGND);
  input a, b, ci, clk, VPWR, VGND;
  output s, co;
  supply1 vdd;
  supply0 gnd;
  wire s1, c1, c2, q, l;
  half h1 (.a(a), .b(b), .s(s1), .c(c1), .VPWR(VPWR), .VGND(VGND));
  half h2 (s1, ci, s, c2, vdd, gnd);
  NAND2 o (.A(c1), .B(c2), .Y(l));
  NAND2 loop (.A(l), .B(co), .Y(co));
  DFF r (.CK(clk), .D(l), .Q(q));
  TAP_1 t (.VPWR(VPWR), .VGND(VGND));
endmodule
