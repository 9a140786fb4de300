deck title
.param w=1u
.model nfet nmos
M1 d g 0 0 nfet w={w} l=0.18u
.control
tran 1n 1u
.endc
.tran 1n 1u
.end
R9 x y 1
