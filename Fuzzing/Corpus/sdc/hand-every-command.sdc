# every modelled command, variables, expr, globs, brace lists, and what is skipped
set period 10
set half [expr {$period / 4}]   ;# integer division
set io [expr $period * 0.2]
create_clock -name core -period $period -waveform [list 0 [expr $period / 2.0]] [get_ports clk]
create_clock -name virt -period [expr {($period + 2) * 1.5}]
create_clock -name core -period 8 -add [get_ports rst]
set_clock_uncertainty -setup 0.25 [get_clocks core]
set_clock_uncertainty -hold 0.1 core
set_clock_transition -rise 0.15 [all_clocks]
set_propagated_clock [get_clocks c*]
set_input_delay $io -clock core [all_inputs -no_clocks]
set_input_delay -max 3 -clock core {a[*]}
set_input_delay 1 -clock virt -clock_fall -add_delay [get_ports b]
set_output_delay $half -clock [get_clocks core] [all_outputs]
set_output_delay 0.5 -clock core -min -add_delay {z[?] y io}
set_driving_cell -lib_cell INV -pin Y -from_pin A -input_transition_rise 0.1 [get_ports {a b}]
set_input_transition -fall 0.2 [get_ports rst]
set_load 0.01 [get_ports z]
set_load -wire_load -max 0.02 y
set_timing_derate -early 0.95
set_timing_derate -late -cell_delay -clock 1.1
current_design d
foreach p [all_inputs] { puts $p }
if {$period > 5} { set x 1 }
set_false_path -from [get_ports rst]
frobnicate 1 2
set_input_delay 1 -clock core [get_pins u1/A]
set_load 0.1 [get_ports nope]
set_input_delay $undefined -clock core [get_ports b]
