"""Certificates and professional cards (ReportLab), drawn from prepared data only:
printing never touches the database."""
