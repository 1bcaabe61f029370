"""Claim extractor: proposes claims, responses and events from a scraped news report.

Rule-based (gazetteer + number and date grammar) so that each proposed row can be checked
against the sentence it came from; nothing is written until an analyst accepts it
(`etl.extract.save.save_accepted`).
"""

from etl.extract.core import Extraction, extract

__all__ = ["Extraction", "extract"]
