"""The administration screen: users, office policies, the office and its activity list."""
