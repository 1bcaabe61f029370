"""Loaders of the curated inputs (`data/*.csv`): one module per file, plus the resolvers.

Each loader stages its file (`etl.core.staging`), checks every row with the core rules and
inserts the good rows; `etl.build` runs them in dependency order.
"""
