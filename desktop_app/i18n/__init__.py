"""Qt Linguist sources (``hirfa_<lang>.ts``) of the Arabic and French translations."""
