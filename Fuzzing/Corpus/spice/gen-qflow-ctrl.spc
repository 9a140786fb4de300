*SPICE netlist created from BLIF module ctrl by blif2BSpice
.include /usr/share/qflow/tech/osu018/osu018_stdcells.sp
.subckt ctrl vdd gnd opcode_1_ opcode_2_ opcode_3_ opcode_4_ op_ext_0_ op_ext_1_ opcode_0_ sel_reg_dst_0_ sel_reg_dst_1_ sel_alu_opB_0_ sel_alu_opB_1_ alu_op_0_ alu_op_1_ alu_op_2_ alu_op_ext_0_ alu_op_ext_1_ alu_op_ext_2_ alu_op_ext_3_ halt reg_write sel_pc_opA sel_pc_opB beqz bnez bgez bltz jump Cin invA invB sign mem_write sel_wb 
XOAI21X1_1 gnd vdd _19_ _24_ _79_ _23_ OAI21X1
XINVX2_1 vdd gnd _25_ _21_ INVX2
XNAND2X1_1 vdd _26_ gnd opcode_2_ opcode_1_ NAND2X1
XNAND2X1_2 vdd _27_ gnd opcode_4_ opcode_3_ NAND2X1
XINVX2_2 vdd gnd _28_ _27_ INVX2
XINVX4_1 vdd gnd _29_ opcode_1_ INVX4
XINVX4_2 vdd gnd _30_ opcode_0_ INVX4
XNAND2X1_3 vdd _31_ gnd _29_ _30_ NAND2X1
XOAI21X1_2 gnd vdd _31_ opcode_2_ _32_ _28_ OAI21X1
XOAI21X1_3 gnd vdd _25_ _26_ _84_ _32_ OAI21X1
XINVX4_3 vdd gnd _33_ opcode_2_ INVX4
XNOR2X1_1 vdd _27_ gnd _34_ opcode_0_ NOR2X1
XOAI21X1_4 gnd vdd opcode_1_ _27_ _35_ _22_ OAI21X1
XOAI22X1_1 gnd vdd _34_ _35_ _33_ _27_ _65_ OAI22X1
XOR2X2_1 _36_ _26_ vdd gnd _25_ OR2X2
XNOR2X1_2 vdd opcode_1_ gnd _37_ opcode_2_ NOR2X1
XOAI21X1_5 gnd vdd _34_ opcode_1_ _38_ _37_ OAI21X1
XNAND3X1_1 opcode_0_ vdd gnd opcode_2_ _28_ _39_ NAND3X1
XNAND3X1_2 _36_ vdd gnd _39_ _38_ _66_ NAND3X1
XNAND3X1_3 _29_ vdd gnd _33_ _28_ _40_ NAND3X1
XNAND3X1_4 _16_ vdd gnd _40_ _36_ _68_ NAND3X1
XNOR2X1_3 vdd _20_ gnd _41_ _29_ NOR2X1
XNOR2X1_4 vdd _14_ gnd _42_ opcode_3_ NOR2X1
XNAND2X1_4 vdd _43_ gnd opcode_2_ _42_ NAND2X1
XOAI21X1_6 gnd vdd _35_ _41_ _69_ _43_ OAI21X1
XNAND2X1_5 vdd _44_ gnd _30_ _37_ NAND2X1
XNOR2X1_5 vdd _44_ gnd _74_ _25_ NOR2X1
XNAND2X1_6 vdd _45_ gnd opcode_2_ _21_ NAND2X1
XNOR2X1_6 vdd _45_ gnd _82_ _30_ NOR2X1
XNOR2X1_7 vdd _45_ gnd _83_ opcode_0_ NOR2X1
XNOR2X1_8 vdd _18_ gnd _46_ opcode_4_ NOR2X1
XNAND2X1_7 vdd _47_ gnd opcode_2_ _46_ NAND2X1
XNOR2X1_9 vdd _47_ gnd _70_ _31_ NOR2X1
XNAND3X1_5 opcode_0_ vdd gnd _29_ _46_ _48_ NAND3X1
XNOR2X1_10 vdd _48_ gnd _73_ _33_ NOR2X1
XNAND2X1_8 vdd _49_ gnd opcode_0_ _46_ NAND2X1
XNOR2X1_11 vdd _49_ gnd _71_ _26_ NOR2X1
XNAND2X1_9 vdd _50_ gnd _30_ _46_ NAND2X1
XNOR2X1_12 vdd _50_ gnd _72_ _26_ NOR2X1
XINVX1_1 _45_ _77_ vdd gnd INVX1
XOAI21X1_7 gnd vdd _29_ _30_ _51_ _28_ OAI21X1
XAND2X2_1 vdd gnd opcode_1_ op_ext_0_ _52_ AND2X2
XNOR2X1_13 vdd _52_ gnd _53_ _14_ NOR2X1
XNOR2X1_14 vdd _18_ gnd _54_ opcode_2_ NOR2X1
XNAND2X1_10 vdd _55_ gnd opcode_0_ _54_ NAND2X1
XOAI22X1_2 gnd vdd _53_ _55_ _51_ _33_ _62_ OAI22X1
XNOR2X1_15 vdd _30_ gnd _56_ op_ext_1_ NOR2X1
XNAND3X1_6 _52_ vdd gnd _28_ _56_ _57_ NAND3X1
XAOI21X1_1 gnd vdd _48_ _57_ _75_ opcode_2_ AOI21X1
XNOR2X1_16 vdd _30_ gnd _58_ _29_ NOR2X1
XNAND3X1_7 op_ext_0_ vdd gnd opcode_3_ op_ext_1_ _59_ NAND3X1
XOAI21X1_8 gnd vdd opcode_4_ _18_ _60_ _59_ OAI21X1
XNAND3X1_8 _58_ vdd gnd _33_ _60_ _61_ NAND3X1
XOAI21X1_9 gnd vdd _33_ _51_ _76_ _61_ OAI21X1
XINVX1_2 _58_ _0_ vdd gnd INVX1
XNAND2X1_11 vdd _1_ gnd _33_ _42_ NAND2X1
XAOI21X1_2 gnd vdd _31_ _0_ _78_ _1_ AOI21X1
XNAND2X1_12 vdd _2_ gnd opcode_4_ _18_ NAND2X1
XNOR2X1_17 vdd _2_ gnd _3_ _30_ NOR2X1
XAND2X2_2 vdd gnd _3_ _37_ _86_ AND2X2
XNOR2X1_18 vdd _34_ gnd _4_ opcode_1_ NOR2X1
XOAI21X1_10 gnd vdd _42_ _29_ _5_ _33_ OAI21X1
XAOI21X1_3 gnd vdd _5_ _36_ _85_ _4_ AOI21X1
XAOI21X1_4 gnd vdd _30_ _42_ _6_ _46_ AOI21X1
XOAI21X1_11 gnd vdd _34_ opcode_1_ _7_ _33_ OAI21X1
XAOI21X1_5 gnd vdd opcode_1_ _6_ _80_ _7_ AOI21X1
XNOR2X1_19 vdd _18_ gnd _8_ opcode_1_ NOR2X1
XOAI21X1_12 gnd vdd _14_ _30_ _9_ _8_ OAI21X1
XOAI21X1_13 gnd vdd _9_ opcode_2_ _81_ _2_ OAI21X1
XNAND3X1_9 opcode_0_ vdd gnd opcode_2_ _42_ _10_ NAND3X1
XNAND3X1_10 _52_ vdd gnd _33_ _34_ _11_ NAND3X1
XNAND3X1_11 _11_ vdd gnd _10_ _61_ _63_ NAND3X1
XOAI21X1_14 gnd vdd _14_ op_ext_1_ _12_ _54_ OAI21X1
XAOI21X1_6 gnd vdd _43_ _12_ _64_ _29_ AOI21X1
XBUFX2_1 vdd gnd _62_ Cin BUFX2
XBUFX2_2 vdd gnd _63_ alu_op_0_ BUFX2
XBUFX2_3 vdd gnd _64_ alu_op_1_ BUFX2
XBUFX2_4 vdd gnd _65_ alu_op_2_ BUFX2
XBUFX2_5 vdd gnd _66_ alu_op_ext_0_ BUFX2
XBUFX2_6 vdd gnd _67_ alu_op_ext_1_ BUFX2
XBUFX2_7 vdd gnd _68_ alu_op_ext_2_ BUFX2
XBUFX2_8 vdd gnd _69_ alu_op_ext_3_ BUFX2
XBUFX2_9 vdd gnd _70_ beqz BUFX2
XBUFX2_10 vdd gnd _71_ bgez BUFX2
XBUFX2_11 vdd gnd _72_ bltz BUFX2
XBUFX2_12 vdd gnd _73_ bnez BUFX2
XBUFX2_13 vdd gnd _74_ halt BUFX2
XBUFX2_14 vdd gnd _75_ invA BUFX2
XBUFX2_15 vdd gnd _76_ invB BUFX2
XBUFX2_16 vdd gnd _77_ jump BUFX2
XBUFX2_17 vdd gnd _78_ mem_write BUFX2
XBUFX2_18 vdd gnd _79_ reg_write BUFX2
XBUFX2_19 vdd gnd _80_ sel_alu_opB_0_ BUFX2
XBUFX2_20 vdd gnd _81_ sel_alu_opB_1_ BUFX2
XBUFX2_21 vdd gnd _82_ sel_pc_opA BUFX2
XBUFX2_22 vdd gnd _83_ sel_pc_opB BUFX2
XBUFX2_23 vdd gnd _84_ sel_reg_dst_0_ BUFX2
XBUFX2_24 vdd gnd _85_ sel_reg_dst_1_ BUFX2
XBUFX2_25 vdd gnd _86_ sel_wb BUFX2
XBUFX2_26 vdd gnd vdd sign BUFX2
XNOR2X1_20 vdd opcode_0_ gnd _13_ opcode_3_ NOR2X1
XINVX4_4 vdd gnd _14_ opcode_4_ INVX4
XNOR2X1_21 vdd _14_ gnd _15_ opcode_2_ NOR2X1
XNAND3X1_12 _13_ vdd gnd opcode_1_ _15_ _16_ NAND3X1
XOAI21X1_15 gnd vdd _14_ opcode_3_ _17_ opcode_1_ OAI21X1
XINVX4_5 vdd gnd _18_ opcode_3_ INVX4
XOAI21X1_16 gnd vdd _18_ opcode_4_ _19_ opcode_2_ OAI21X1
XOAI21X1_17 gnd vdd _17_ _19_ _67_ _16_ OAI21X1
XINVX1_3 _13_ _20_ vdd gnd INVX1
XNOR2X1_22 vdd opcode_3_ gnd _21_ opcode_4_ NOR2X1
XNOR2X1_23 vdd _21_ gnd _22_ opcode_2_ NOR2X1
XOAI21X1_18 gnd vdd opcode_1_ _20_ _23_ _22_ OAI21X1
XNOR2X1_24 vdd opcode_4_ gnd _24_ opcode_1_ NOR2X1
XFILL_0_0_0 vdd gnd FILL
XFILL_0_0_1 vdd gnd FILL
XFILL_0_1_0 vdd gnd FILL
XFILL_0_1_1 vdd gnd FILL
XFILL_1_1 vdd gnd FILL
XFILL_1_2 vdd gnd FILL
XFILL_1_0_0 vdd gnd FILL
XFILL_1_0_1 vdd gnd FILL
XFILL_1_1_0 vdd gnd FILL
XFILL_1_1_1 vdd gnd FILL
XFILL_2_1 vdd gnd FILL
XFILL_2_2 vdd gnd FILL
XFILL_2_3 vdd gnd FILL
XFILL_2_0_0 vdd gnd FILL
XFILL_2_0_1 vdd gnd FILL
XFILL_2_1_0 vdd gnd FILL
XFILL_2_1_1 vdd gnd FILL
XFILL_3_0_0 vdd gnd FILL
XFILL_3_0_1 vdd gnd FILL
XFILL_3_1_0 vdd gnd FILL
XFILL_3_1_1 vdd gnd FILL
XFILL_4_1 vdd gnd FILL
XFILL_4_2 vdd gnd FILL
.ends ctrl
 
