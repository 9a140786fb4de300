* NGSPICE file created from t.ext - technology: scmos

.subckt t vdd gnd a y
XINVX1_1 a gnd INVX1_1/Y vdd INVX1
XBUFX2_1 INVX1_1/Y gnd y vdd BUFX2
C0 INVX1_1/Y a 0.0074fF
C1 a gnd 0.0550fF
C2 BUFX2_1/m1_2_6# y 0.1080fF
C3 y w_n1073741817_n1073741817# 0.6040fF
.ends

.subckt t vdd gnd a y
.ends
