"""Sample presidential documents written for eoparse (shipped as package data)."""
