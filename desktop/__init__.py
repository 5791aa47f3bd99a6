"""Everything a person touches: the Qt application, the printed report and the command line."""
