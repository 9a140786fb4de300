"""Writes the qubit Hamiltonian of H2 in the STO-3G basis at a bond length of 0.7 Å, the
molecule of quantum architecture search's VQE task, as a Pauli sum graphtool reads
(`PauliSum` text: `coefficient LABEL` per line, labels highest qubit first as Qiskit writes them).

Integrals by PySCF (restricted Hartree-Fock, molecular orbitals), spin orbitals ordered
(0 up, 1 up, 0 down, 1 down), mapped to qubits by the Jordan-Wigner transformation with
Qiskit's SparsePauliOp doing the Pauli algebra; the nuclear repulsion is in the identity term,
so the ground energy is the total electronic + nuclear energy (FCI, about -1.136 Ha).

usage: python3 scripts/make-h2-hamiltonian.py OUT   (needs pyscf and qiskit)
"""
import sys

import numpy as np
from pyscf import ao2mo, fci, gto, scf
from qiskit.quantum_info import SparsePauliOp

BOND = 0.7
molecule = gto.M(atom=f"H 0 0 0; H 0 0 {BOND}", basis="sto-3g", unit="Angstrom")
hf = scf.RHF(molecule).run(verbose=0)
orbitals = hf.mo_coeff
n = orbitals.shape[1]
one = orbitals.T @ hf.get_hcore() @ orbitals
two = ao2mo.restore(1, ao2mo.kernel(molecule, orbitals), n)  # (pq|rs), chemists' order
exact = fci.FCI(hf).kernel()[0]
qubits = 2 * n


def spatial(p):
    return p % n


def spin(p):
    return p // n


def annihilate(j):
    """a_j = Z_0 … Z_{j-1} (X_j + i Y_j) / 2 (Jordan-Wigner)."""
    z = "Z" * j
    def label(letter):
        full = z + letter + "I" * (qubits - j - 1)
        return full[::-1]  # Qiskit labels: highest qubit first
    return SparsePauliOp([label("X"), label("Y")], [0.5, 0.5j])


def create(j):
    return annihilate(j).adjoint()


hamiltonian = SparsePauliOp(["I" * qubits], [molecule.energy_nuc()])
for p in range(qubits):
    for q in range(qubits):
        if spin(p) == spin(q) and abs(one[spatial(p), spatial(q)]) > 1e-12:
            hamiltonian += one[spatial(p), spatial(q)] * create(p).compose(annihilate(q))
for p in range(qubits):
    for q in range(qubits):
        for r in range(qubits):
            for s in range(qubits):
                # ½ Σ (pr|qs) a†_p a†_q a_s a_r, spin conserved on each electron
                if spin(p) != spin(r) or spin(q) != spin(s):
                    continue
                value = two[spatial(p), spatial(r), spatial(q), spatial(s)]
                if abs(value) < 1e-12:
                    continue
                term = create(p).compose(create(q)).compose(annihilate(s)).compose(annihilate(r))
                hamiltonian += 0.5 * value * term
hamiltonian = hamiltonian.simplify(atol=1e-12)
assert np.allclose(hamiltonian.coeffs.imag, 0, atol=1e-12), "the Hamiltonian must be real"
lowest = np.linalg.eigvalsh(hamiltonian.to_matrix()).min()
with open(sys.argv[1], "w") as out:
    out.write(f"# H2, STO-3G, bond {BOND} Angstrom: Jordan-Wigner qubit Hamiltonian in Hartree, nuclear repulsion\n")
    out.write("# included; spin orbitals (0 up, 1 up, 0 down, 1 down) on qubits 0-3; labels highest qubit first.\n")
    out.write(f"# Made by scripts/make-h2-hamiltonian.py (PySCF RHF integrals). FCI energy {exact:.10f},\n")
    out.write(f"# lowest eigenvalue of this sum {lowest:.10f} (all particle numbers).\n")
    for label, coefficient in zip(hamiltonian.paulis.to_labels(), hamiltonian.coeffs.real):
        out.write(f"{coefficient:+.12f} {label}\n")
print(f"FCI {exact:.10f}, lowest eigenvalue {lowest:.10f}, {len(hamiltonian)} terms", file=sys.stderr)
