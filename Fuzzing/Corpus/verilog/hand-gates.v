// primitives with and without instance names, vectors, wire assignments and every operator
module hand(a, b, sel, y, z);
  input [1:0] a;
  input b, sel;
  output y;
  output [2:0] z;
  wire t1, t2, z2b;
  wire t3 = a[0] & ~a[1];
  and g1 (t1, a[0], b);
  nor (t2, t1, sel);
  xor g3 (z[0], t1, t2, b);
  not n1 (z[1], z2b);
  buf (z2b, t3);
  assign z[2] = sel ? (a[1] ^~ b) : !(t2 || 1'b0);
  assign y = (t1 && t3) | (b ~^ 1);
endmodule
