#!/usr/bin/env python3
"""Prints a function with a long residual stream and one RoPE site.

  gen_large_function.py LAYERS HIDDEN

Used by test/Raise/large-function.test to keep --rope-raise fast on values
that are no rotation (every layer's values are candidates of HIDDEN
channels whose expressions reach back through all earlier layers).
"""
import sys

layers, hidden = int(sys.argv[1]), int(sys.argv[2])
s = 8
t = f"tensor<{s}x{hidden}xf32>"
print(f"func.func @large(%h0: {t}, %w: tensor<{hidden}x{hidden}xf32>, "
      f"%q: tensor<{s}x2x8xf32>, %cos: tensor<{s}x8xf32>, %sin: tensor<{s}x8xf32>)"
      f" -> ({t}, tensor<{s}x2x8xf32>) {{")
print("  %zero = arith.constant 0.0 : f32")
print(f"  %e = tensor.empty() : {t}")
print(f"  %z = linalg.fill ins(%zero : f32) outs(%e : {t}) -> {t}")
for l in range(layers):
    print(f"  %sq{l} = arith.mulf %h{l}, %h{l} : {t}")
    print(f"  %m{l} = linalg.matmul ins(%sq{l}, %w : {t}, tensor<{hidden}x{hidden}xf32>)"
          f" outs(%z : {t}) -> {t}")
    print(f"  %a{l} = arith.addf %h{l}, %m{l} : {t}")
    print(f"  %h{l + 1} = arith.mulf %a{l}, %h{l} : {t}")
r = f"tensor<{s}x2x8xf32>"
h = f"tensor<{s}x2x4xf32>"
print(f"""  %x1 = tensor.extract_slice %q[0, 0, 0] [{s}, 2, 4] [1, 1, 1] : {r} to {h}
  %x2 = tensor.extract_slice %q[0, 0, 4] [{s}, 2, 4] [1, 1, 1] : {r} to {h}
  %n = arith.negf %x2 : {h}
  %rot = tensor.concat dim(2) %n, %x1 : ({h}, {h}) -> {r}
  %ce = tensor.empty() : {r}
  %cb = linalg.broadcast ins(%cos : tensor<{s}x8xf32>) outs(%ce : {r}) dimensions = [1]
  %sb = linalg.broadcast ins(%sin : tensor<{s}x8xf32>) outs(%ce : {r}) dimensions = [1]
  %qc = arith.mulf %q, %cb : {r}
  %qs = arith.mulf %rot, %sb : {r}
  %qo = arith.addf %qc, %qs : {r}
  return %h{layers}, %qo : {t}, {r}
}}""")
