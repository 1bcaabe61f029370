"""The ETL's core: what every other part of `etl/` (and the dashboard) may depend on.

`db` (connections, atomic publish), `report` (what a build or import did), `contract` (the data
contract: vocabularies, input and output columns, claim identity), `rules` (row rules and their
one error collector), `schema` (all DDL) and `staging` (reading an input CSV losing no row).
Nothing in `etl.core` imports from outside it.
"""
