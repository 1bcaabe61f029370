"""Claims Desk ETL: the only code that writes the claims database."""
