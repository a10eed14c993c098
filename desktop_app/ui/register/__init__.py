"""The register view: search, filter, sort, export; the clerk's returned records."""
