* two inverters in a buffer, instantiated twice
.global VDD
.subckt INV a y gnd
Mp y a vdd vdd pfet w=2u l=0.2u
+ ad=0p pd=0u
Mn y a gnd gnd nfet w=1u l=0.2u
.ends inv
.subckt buf in out gnd
Xi1 in mid gnd Inv
Xi2 mid OUT gnd INV
.ends
Xb1 A b 0 BUF
xb2 B c 0 buf
R1 a C 10k
C1 c 0 1.5fF $ inline
L1 a b 1n ; inline
D1 a 0 dmod
V1 vdd 0 dc 1.8
I1 a 0 1u
