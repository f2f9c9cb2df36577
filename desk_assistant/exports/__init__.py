"""Writers: rows or documents to files at a path given to them."""
