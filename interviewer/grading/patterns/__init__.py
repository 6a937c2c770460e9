"""The phrase patterns of the rubric engine, one module per side of the rubric."""
